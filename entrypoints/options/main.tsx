/**
 * The incidents page's wiring: reads the history (validated, read-only here) and follows its
 * changes; every write (import, delete) is a message to the background, whose queue
 * serializes all history writes.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IncidentsPage } from '../../components/IncidentsPage';
import { INCIDENTS } from '../../extraction/data/incidents';
import { cleanHistory, historyItem, type HistoryEntry } from '../../utils/history';
import { t, uiLanguage } from '../../utils/i18n';
import { message, type Replies, type UiToBg } from '../../utils/messages';
import '../popup/style.css';
import './style.css';

async function send<K extends keyof UiToBg>(type: K, payload: UiToBg[K]): Promise<Replies[K]> {
  try {
    const reply = (await browser.runtime.sendMessage(message(type, payload as never))) as Replies[K] | undefined;
    return reply ?? ({ ok: false, error: 'no reply from the background' } as Replies[K]);
  } catch (err) {
    return { ok: false, error: (err as Error)?.message ?? String(err) } as Replies[K];
  }
}

function App() {
  const { dir, lang } = uiLanguage();
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [damaged, setDamaged] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.title = t('incidents_title');
    // Repaired for display only; the background repairs (and quarantines) the stored value.
    const show = (raw: unknown) => {
      const entries = cleanHistory(raw);
      setDamaged((raw !== null && raw !== undefined && !Array.isArray(raw)) || (Array.isArray(raw) && raw.length > entries.length));
      setHistory(entries);
    };
    void historyItem.getValue().then(show, () => setDamaged(true));
    return historyItem.watch(show);
  }, []);
  return (
    <IncidentsPage
      history={history}
      catalogue={INCIDENTS}
      locale={lang}
      dir={dir}
      damaged={damaged}
      onImport={(text) => send('ui:history-import', { text })}
      onRemove={(url) => send('ui:history-remove', { url })}
      onClear={() => send('ui:history-clear', {})}
    />
  );
}

render(<App />, document.getElementById('app')!);
