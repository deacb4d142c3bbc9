/**
 * Runs on every page (a few hundred bytes, inlined by Astro): registers the offline service worker,
 * shows « Hors ligne » when the network is gone, and offers a new version without ever reloading
 * the page by itself (a pupil may be in the middle of a quiz).
 */
const statusLine = document.getElementById('site-status');
const base = statusLine?.dataset['base'] ?? '/';

function say(message: string, action?: { label: string; run: () => void }) {
  if (!statusLine) return;
  statusLine.replaceChildren(message);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run, { once: true });
    statusLine.append(' ', button);
  }
  statusLine.hidden = message === '';
}

let updateOffered = false;
function showNetwork() {
  if (!updateOffered) say(navigator.onLine ? '' : (statusLine?.dataset['offline'] ?? ''));
}
window.addEventListener('online', showNetwork);
window.addEventListener('offline', showNetwork);
showNetwork();

if ('serviceWorker' in navigator) {
  let reloadAsked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadAsked) location.reload();
  });
  const offer = (worker: ServiceWorker) => {
    updateOffered = true;
    say(statusLine?.dataset['update'] ?? '', {
      label: statusLine?.dataset['reload'] ?? '',
      run: () => {
        reloadAsked = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    })
    .catch(() => undefined); // offline use is a bonus: the page works without it
}
export {};
