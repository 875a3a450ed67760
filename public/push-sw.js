// Web push for dot, imported by the generated service worker: show what the
// server sent (title, body, the app path to open) and open it on a tap.
self.addEventListener('push', (event) => {
  let data = {title: 'dot', body: '', url: '/'};
  try {
    data = {...data, ...event.data.json()};
  } catch {
    data.body = event.data ? event.data.text() : '';
  }
  event.waitUntil(self.registration.showNotification(data.title, {body: data.body, data: {url: data.url}, icon: '/icons/icon-192.png', tag: data.tag}));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(
    self.clients.matchAll({type: 'window', includeUncontrolled: true}).then((list) => {
      for (const c of list) if ('focus' in c) return c.navigate(url).then((w) => (w || c).focus());
      return self.clients.openWindow(url);
    }),
  );
});
