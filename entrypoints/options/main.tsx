import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { IncidentsPage } from '../../components/IncidentsPage';
import { INCIDENTS } from '../../extraction/data/incidents';
import { historyItem, type HistoryEntry } from '../../utils/history';
import { t, uiLanguage } from '../../utils/i18n';
import '../popup/style.css';

function App() {
  const { dir, lang } = uiLanguage();
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.title = t('incidents_title');
    void historyItem.getValue().then((h) => setHistory(Array.isArray(h) ? h : []));
    return historyItem.watch((h) => setHistory(Array.isArray(h) ? h : []));
  }, []);
  return <IncidentsPage history={history} catalogue={INCIDENTS} locale={lang} dir={dir} />;
}

render(<App />, document.getElementById('app')!);
