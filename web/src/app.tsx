import { Link, Route, Switch, useLocation } from 'wouter';
import { useApi } from './api/use-api.ts';
import { AssistantPage } from './assistant/assistant-page.tsx';
import { BoardPage } from './boards/board-page.tsx';
import { BoardsPage } from './boards/boards-page.tsx';
import { EmptyState } from './components/empty-state.tsx';
import { ExplorePage } from './explore/explore-page.tsx';
import { ItemPage } from './explore/item-page.tsx';
import { ComparePage } from './runs/compare-page.tsx';
import { RunPage } from './runs/run-page.tsx';
import { RunsPage } from './runs/runs-page.tsx';

const SECTIONS = [
  { href: '/', label: 'Explore', matches: (path: string) => path === '/' || path.startsWith('/items') },
  { href: '/assistant', label: 'Assistant', matches: (path: string) => path.startsWith('/assistant') },
  {
    href: '/runs',
    label: 'Runs',
    matches: (path: string) => path.startsWith('/runs') || path.startsWith('/compare'),
  },
  { href: '/boards', label: 'Boards', matches: (path: string) => path.startsWith('/boards') },
];

function Navigation() {
  const [location] = useLocation();
  const health = useApi<{ ok: boolean; search: boolean }>('/api/health');
  return (
    <header className="top-bar">
      <Link href="/" className="brand">
        Atelier
      </Link>
      <nav aria-label="Sections">
        {SECTIONS.map((section) => (
          <Link
            key={section.href}
            href={section.href}
            className={section.matches(location) ? 'nav-link is-active' : 'nav-link'}
            aria-current={section.matches(location) ? 'page' : undefined}
          >
            {section.label}
          </Link>
        ))}
      </nav>
      <span className={`server-state ${health.error ? 'is-down' : ''}`} title="API server">
        {health.error ? `server: ${health.error.code}` : health.data ? 'connected' : ''}
      </span>
    </header>
  );
}

/** The shell: one top bar, one page at a time, routed on the client (the server answers index.html). */
export function App() {
  return (
    <>
      <Navigation />
      <main className="page">
        <Switch>
          <Route path="/" component={ExplorePage} />
          <Route path="/items/:id">{(params) => <ItemPage id={decodeURIComponent(params.id)} />}</Route>
          <Route path="/assistant" component={AssistantPage} />
          <Route path="/runs" component={RunsPage} />
          <Route path="/runs/:id">{(params) => <RunPage id={decodeURIComponent(params.id)} />}</Route>
          <Route path="/compare" component={ComparePage} />
          <Route path="/boards" component={BoardsPage} />
          <Route path="/boards/:user">
            {(params) => <BoardPage user={decodeURIComponent(params.user)} />}
          </Route>
          <Route>
            <EmptyState title="No such page">
              <p>
                <Link href="/">Back to Explore</Link>
              </p>
            </EmptyState>
          </Route>
        </Switch>
      </main>
    </>
  );
}
