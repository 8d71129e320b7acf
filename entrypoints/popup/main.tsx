import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { t, uiLanguage } from '../../utils/i18n';
import { message, type Replies, type SiteState } from '../../utils/messages';
import { originPattern } from '../../utils/sites';
import { settingsItem, validSettings } from '../../utils/storage';
import type { TabVerdict } from '../../utils/tab-state';
import './style.css';

async function send<K extends keyof Replies>(type: K, payload: unknown): Promise<Replies[K]> {
  return (await browser.runtime.sendMessage(message(type as never, payload as never))) as Replies[K];
}

/**
 * The tab to act on: the active tab when this is the toolbar popup; when the popup page is
 * open in a tab of its own (keyboard users, tests), the tab used just before it; or ?tab=<id>.
 */
async function targetTab() {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return browser.tabs.get(fromQuery);
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== self.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function App() {
  const { dir, lang } = uiLanguage();
  const [tab, setTab] = useState<{ id: number; origin: string | null; unknownUrl: boolean } | null>(null);
  const [verdict, setVerdict] = useState<TabVerdict | null>(null);
  const [site, setSite] = useState<SiteState | null>(null);
  const [visible, setVisible] = useState(false);
  const [autoOpen, setAutoOpen] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = async (tabId: number, origin: string | null) => {
    const state = await send('ui:tab-state', { tabId });
    setVerdict(state.ok ? state.value : null);
    if (origin) {
      const s = await send('ui:site-state', { origin });
      setSite(s.ok ? s.value : null);
    }
    try {
      const r = (await browser.tabs.sendMessage(tabId, message('bg:sidebar-state', {}))) as Replies['bg:sidebar-state'];
      setVisible(Boolean(r?.ok && r.value.visible));
    } catch {
      setVisible(false);
    }
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.title = t('popup_title');
    void (async () => {
      setAutoOpen(validSettings(await settingsItem.getValue()).autoOpen);
      const active = await targetTab();
      if (!active?.id) return;
      let origin: string | null = null;
      try {
        const u = new URL(active.url ?? '');
        origin = u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
      } catch {
        origin = null;
      }
      // Without a grant for this site the tab's address is hidden from us: it may still be analysed.
      setTab({ id: active.id, origin, unknownUrl: !active.url });
      await refresh(active.id, origin);
    })();
  }, []);

  const act = async (fn: () => Promise<unknown>) => {
    if (!tab) return;
    setBusy(true);
    setError(null);
    try {
      await fn();
      await refresh(tab.id, tab.origin);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popup
      verdict={verdict}
      site={tab?.origin ? site : null}
      canAnalyse={Boolean(tab && (tab.origin || tab.unknownUrl))}
      sidebarVisible={visible}
      autoOpen={autoOpen}
      busy={busy}
      error={error}
      dir={dir}
      incidentsUrl={browser.runtime.getURL('/options.html')}
      onToggleSidebar={() => act(() => browser.tabs.sendMessage(tab!.id, message('bg:toggle-sidebar', { show: !visible })))}
      onAnalyse={() =>
        act(async () => {
          const r = await send('ui:analyse-tab', { tabId: tab!.id });
          if (!r.ok) throw new Error(r.error);
          await new Promise((res) => setTimeout(res, 300));
        })
      }
      onSiteToggle={(on) =>
        act(async () => {
          const origin = tab!.origin!;
          if (on) {
            // Must run in the click's user gesture: ask for this one origin only.
            if (!site?.builtIn) {
              const pattern = originPattern(origin);
              if (!pattern || !(await browser.permissions.request({ origins: [pattern] }))) return;
            }
            await send('ui:site-enable', { origin, tabId: tab!.id });
          } else {
            await send('ui:site-disable', { origin });
          }
        })
      }
      onAutoOpen={(on) => {
        setAutoOpen(on);
        void settingsItem.setValue({ autoOpen: on });
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
