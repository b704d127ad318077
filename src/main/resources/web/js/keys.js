// Keyboard review on the report page: j/k or ↓/↑ move between findings, c confirms, d dismisses
// (不成立), n/p open the next/previous report of the batch, / opens the search. Keys typed into a
// field, or pressed with Ctrl/Alt/Meta, are left alone. Returns the cleanup that removes the listener.
const KEYS = {
  j: a => a.move(1), ArrowDown: a => a.move(1),
  k: a => a.move(-1), ArrowUp: a => a.move(-1),
  c: a => a.decide('confirmed'), d: a => a.decide('dismissed'),
  n: a => a.go('next'), p: a => a.go('prev'),
  '/': () => { location.hash = '#/search'; },
};

export function reviewKeys(actions) {
  const onKey = e => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const act = KEYS[e.key];
    if (!act) return;
    e.preventDefault();
    act(actions);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
