/*
 * Service worker of the observation notebook (scope /carnet/). Served by Django at
 * /carnet/sw.js, which puts `self.NOTEBOOK = {version, scope, assets, offlinePage, pages,
 * staticPrefix}` on the first line.
 *
 * - Static files (DSFR CSS/JS, fonts, icons, our JS/CSS): cache first. The list in
 *   NOTEBOOK.assets is fetched at install; other static files are kept when first fetched.
 * - Notebook pages (the list and each immersion's page, NOTEBOOK.pages): network first, the
 *   cached copy when offline. A copy is dropped as soon as the server answers with a redirect
 *   (signed out) or an error. No other page and no API answer is ever cached.
 * - Entries are not handled here: notebook.js keeps them in IndexedDB. The Background Sync
 *   event only asks the open notebook pages to sync.
 */
"use strict";

var CONFIG = self.NOTEBOOK;
var SHELL = "carnet-shell-" + CONFIG.version;
var STATIC = "carnet-static-" + CONFIG.version;
var PAGES = "carnet-pages";
var PAGE_PATTERNS = CONFIG.pages.map(function (pattern) {
  return new RegExp(pattern);
});

function isPage(url) {
  return (
    url.origin === self.location.origin &&
    PAGE_PATTERNS.some(function (pattern) {
      return pattern.test(url.pathname);
    })
  );
}

function isStatic(url) {
  return url.origin === self.location.origin && url.pathname.indexOf(CONFIG.staticPrefix) === 0;
}

function pageKey(url) {
  return url.origin + url.pathname;
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(SHELL)
      .then(function (cache) {
        return Promise.all([
          cache.addAll(CONFIG.assets),
          // Without the session: the offline page holds nobody's name.
          fetch(CONFIG.offlinePage, { credentials: "omit" }).then(function (response) {
            return response.ok ? cache.put(CONFIG.offlinePage, response) : null;
          }),
        ]);
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf("carnet-") === 0 && name !== SHELL && name !== STATIC && name !== PAGES;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

function cacheFirst(request) {
  return caches.match(request, { ignoreVary: true }).then(function (hit) {
    if (hit) {
      return hit;
    }
    return fetch(request).then(function (response) {
      if (response.ok && response.type === "basic") {
        var copy = response.clone();
        caches.open(STATIC).then(function (cache) {
          cache.put(request, copy);
        });
      }
      return response;
    });
  });
}

function keepOrDrop(cache, key, response) {
  if (response.ok && !response.redirected && response.type === "basic") {
    return cache.put(key, response);
  }
  return cache.delete(key);
}

function networkFirst(request, url) {
  var key = pageKey(url);
  return fetch(request)
    .then(function (response) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) {
        keepOrDrop(cache, key, copy);
      });
      return response;
    })
    .catch(function () {
      return caches
        .open(PAGES)
        .then(function (cache) {
          return cache.match(key, { ignoreVary: true });
        })
        .then(function (hit) {
          return hit || caches.match(CONFIG.offlinePage, { ignoreVary: true });
        })
        .then(function (response) {
          return response || Response.error();
        });
    });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (isStatic(url)) {
    event.respondWith(cacheFirst(request));
  } else if (isPage(url)) {
    event.respondWith(networkFirst(request, url));
  } else if (request.mode === "navigate" && url.pathname.indexOf(CONFIG.scope) === 0) {
    event.respondWith(
      fetch(request).catch(function () {
        return caches.match(CONFIG.offlinePage, { ignoreVary: true }).then(function (response) {
          return response || Response.error();
        });
      })
    );
  }
});

function remember(message) {
  var origin = self.location.origin;
  var pages = (message.pages || [])
    .map(function (path) {
      return new URL(path, origin);
    })
    .filter(isPage);
  var assets = (message.assets || [])
    .map(function (path) {
      return new URL(path, origin);
    })
    .filter(isStatic);
  return caches.open(PAGES).then(function (pageCache) {
    var keep = message.keepOnly
      ? message.keepOnly.map(function (path) {
          return pageKey(new URL(path, origin));
        })
      : null;
    var forget = keep
      ? pageCache.keys().then(function (requests) {
          return Promise.all(
            requests
              .filter(function (request) {
                return keep.indexOf(pageKey(new URL(request.url))) < 0;
              })
              .map(function (request) {
                return pageCache.delete(request);
              })
          );
        })
      : Promise.resolve();
    var fetchPages = Promise.all(
      pages.map(function (url) {
        return fetch(url.href, { credentials: "same-origin" }).then(function (response) {
          return keepOrDrop(pageCache, pageKey(url), response);
        });
      })
    );
    var fetchAssets = caches.open(STATIC).then(function (staticCache) {
      return Promise.all(
        assets.map(function (url) {
          return caches.match(url.href, { ignoreVary: true }).then(function (hit) {
            return hit || staticCache.add(url.href).catch(function () {});
          });
        })
      );
    });
    return Promise.all([forget, fetchPages, fetchAssets]);
  });
}

self.addEventListener("message", function (event) {
  var message = event.data || {};
  var port = event.ports && event.ports[0];
  if (message.type === "remember") {
    event.waitUntil(
      remember(message).then(
        function () {
          if (port) {
            port.postMessage({ ok: true });
          }
        },
        function () {
          if (port) {
            port.postMessage({ ok: false });
          }
        }
      )
    );
  }
});

self.addEventListener("sync", function (event) {
  if (event.tag !== "carnet-sync") {
    return;
  }
  event.waitUntil(
    self.clients.matchAll({ type: "window" }).then(function (clients) {
      clients.forEach(function (client) {
        client.postMessage({ type: "sync" });
      });
    })
  );
});
