import { Link, useRoute } from 'wouter';
import { useCapture } from '../journal/capture-context';
import { useLockControl } from '../lock/lock-control';
import { shortcutLabel } from './shortcuts';

function NavLink({ href, label }: { href: string; label: string }) {
  const [exact] = useRoute(href);
  const [nested] = useRoute(`${href}/*`);
  const current = exact || nested;
  return (
    <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  );
}

/** The left column: the app's name, the capture button and the main navigation. */
export function Sidebar() {
  const { open } = useCapture();
  const lock = useLockControl();
  return (
    <aside className="sidebar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">◐</span> Hindsight
      </div>
      <button type="button" className="primary capture-button" onClick={open} aria-keyshortcuts="Control+N Meta+N">
        Log a setback
      </button>
      <span className="shortcut-hint" aria-hidden="true">
        {shortcutLabel('N')}
      </span>
      <nav aria-label="Main">
        <NavLink href="/journal" label="Journal" />
        <NavLink href="/stories" label="Stories" />
        <NavLink href="/insights" label="Insights" />
        <NavLink href="/settings" label="Settings" />
      </nav>
      {lock.on && (
        <button
          type="button"
          className="quiet lock-now"
          onClick={() => void lock.lockNow()}
          aria-keyshortcuts="Control+Shift+K Meta+Shift+K"
        >
          Lock now
        </button>
      )}
      <p className="privacy-note">Private and offline. Nothing you write leaves this device.</p>
    </aside>
  );
}
