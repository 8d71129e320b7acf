/**
 * The reader's own history, shown inside the sidebar from an extension page in an iframe: the
 * news page cannot read a cross-origin frame, so the other articles you read, their outlets
 * and times never enter the page's DOM (the sidebar's shadow root is open to page scripts).
 * It sends its height to the sidebar, and nothing else.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AlsoRead } from '../../components/AlsoRead';
import { uiLanguage } from '../../utils/i18n';
import { message, type HistoryRelated, type Replies } from '../../utils/messages';
import './style.css';

export const HEIGHT_MESSAGE = 'outage-lens:also-height';

function App() {
  const { lang, dir } = uiLanguage();
  const [related, setRelated] = useState<HistoryRelated | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    const q = new URLSearchParams(location.search);
    const payload = { url: q.get('url') ?? '', services: (q.get('services') ?? '').split(',').filter(Boolean), start: q.get('start'), published: q.get('published') };
    void (browser.runtime.sendMessage(message('cs:history-related', payload)) as Promise<Replies['cs:history-related']>).then((r) => setRelated(r?.ok ? r.value : null));
  }, []);
  useEffect(() => {
    const post = () => parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
    post();
    const ro = new ResizeObserver(post);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, [related]);
  if (!related) return null;
  return <AlsoRead related={related} locale={lang} readerZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />;
}

render(<App />, document.getElementById('app')!);
