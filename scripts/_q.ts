import { quickLookText } from '../extraction/quick';
import { readFileSync } from 'node:fs';
for (const id of process.argv.slice(2)) {
  const lang = id.slice(0, 2);
  const a = JSON.parse(readFileSync(`eval/articles/${lang}.json`, 'utf8')).find((x: { id: string }) => x.id === id);
  const lead = a.body.split('\n').filter((p: string) => p.length > 30).join('\n');
  console.log(id, JSON.stringify(quickLookText(a.title, lead, lang)), '\n  ', a.title, '\n  ', lead.slice(0, 400).replace(/\n/g, ' ¶ '));
}
