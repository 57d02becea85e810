/*
 * Carnet d'observation: works offline.
 *
 * - Every entry (situation, étonnement, tutor exchange) is first written to IndexedDB on this
 *   device, with a client-generated id (crypto.randomUUID), then sent to /carnet/sync/.
 *   The server stores it once per id (a retry or a double submit never duplicates it) and
 *   answers with the stored, redacted entry; only then is the device's copy deleted.
 * - Sync runs on page load, when the network comes back ("online"), every 30 s while entries
 *   wait, and on the Background Sync event where the browser has it.
 * - The redacted preview needs the server (the anonymiser runs there): offline, the page says so.
 * - The service worker (/carnet/sw.js) keeps the notebook's pages and static files.
 * No dependency, no build step.
 */
(function () {
  "use strict";

  var root = document.getElementById("carnet");
  if (!root) {
    return;
  }
  var DB_NAME = "carnet";
  var STORE = "entries";
  var SYNC_TAG = "carnet-sync";
  var MAX_BATCH = 50;
  var RETRY_DELAY = 5000;
  var placement = root.dataset.placement ? parseInt(root.dataset.placement, 10) : null;
  // Entries are kept per account: someone else signing in on this device neither sees nor
  // sends them.
  var owner = root.dataset.owner || "";
  var canQueue = "indexedDB" in window && window.crypto && "randomUUID" in window.crypto;
  var syncing = false;
  var retrySoon = false;
  var problem = "";
  var lastCount = 0;

  // ------------------------------------------------------------------ IndexedDB
  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        var store = request.result.createObjectStore(STORE, { keyPath: "client_id" });
        store.createIndex("placement", "placement");
      };
      request.onsuccess = function () {
        resolve(request.result);
      };
      request.onerror = function () {
        reject(request.error);
      };
    });
  }

  function withStore(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(STORE, mode);
        var request = work(transaction.objectStore(STORE));
        transaction.oncomplete = function () {
          db.close();
          resolve(request ? request.result : undefined);
        };
        transaction.onerror = transaction.onabort = function () {
          db.close();
          reject(transaction.error);
        };
      });
    });
  }

  function putEntry(entry) {
    return withStore("readwrite", function (store) {
      return store.put(entry);
    });
  }

  function deleteEntry(clientId) {
    return withStore("readwrite", function (store) {
      return store.delete(clientId);
    });
  }

  function allEntries() {
    return withStore("readonly", function (store) {
      return store.getAll();
    }).then(function (entries) {
      return (entries || [])
        .filter(function (entry) {
          return entry.owner === owner;
        })
        .sort(function (a, b) {
          return a.created_at - b.created_at;
        });
    });
  }

  // ------------------------------------------------------------------ helpers
  function newId() {
    return window.crypto.randomUUID();
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) {
      return decodeURIComponent(match[1]);
    }
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function nowHHMM() {
    var d = new Date();
    return pad(d.getHours()) + ":" + pad(d.getMinutes());
  }

  function formFor(kind) {
    return root.querySelector('form[data-entry-kind="' + kind + '"]');
  }

  function fieldsOf(form) {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name === "csrfmiddlewaretoken" || name === "client_id") {
        return;
      }
      if (name === "frictions") {
        (fields[name] = fields[name] || []).push(value);
      } else {
        fields[name] = value;
      }
    });
    return fields;
  }

  function freshIds() {
    root.querySelectorAll('form[data-entry-kind] input[name="client_id"]').forEach(function (input) {
      input.value = newId();
    });
  }

  // ------------------------------------------------------------------ status line
  var statusBox = root.querySelector("[data-sync-status]");
  var statusText = root.querySelector("[data-sync-state]");

  function setStatus(state, text) {
    if (!statusBox) {
      return;
    }
    statusBox.dataset.state = state;
    statusText.textContent = text;
  }

  function describeStatus(entries) {
    var waiting = entries.filter(function (e) {
      return e.status !== "error";
    }).length;
    var errors = entries.length - waiting;
    lastCount = waiting;
    if (errors) {
      setStatus(
        "error",
        errors === 1
          ? "1 entrée à corriger ou à supprimer (voir ci-dessous)."
          : errors + " entrées à corriger ou à supprimer (voir ci-dessous)."
      );
      return;
    }
    if (!navigator.onLine) {
      setStatus(
        "offline",
        waiting
          ? "Hors connexion — " +
              (waiting === 1 ? "1 entrée" : waiting + " entrées") +
              " sur cet appareil, en attente de synchronisation."
          : "Hors connexion — vous pouvez continuer à noter."
      );
    } else if (problem) {
      setStatus("pending", problem);
    } else if (syncing) {
      setStatus("pending", "Synchronisation…");
    } else if (waiting) {
      setStatus(
        "pending",
        (waiting === 1 ? "1 entrée" : waiting + " entrées") + " en attente de synchronisation."
      );
    } else {
      setStatus("synced", "Tout est synchronisé.");
    }
  }

  function refreshStatus() {
    if (!canQueue) {
      return Promise.resolve();
    }
    return allEntries().then(describeStatus, function () {});
  }

  // ------------------------------------------------------------------ pending entries
  function reasonLabel(code) {
    var option = root.querySelector('select[name="contact_reason"] option[value="' + code + '"]');
    return option ? option.textContent.trim() : code;
  }

  function pendingItem(entry) {
    var error = entry.status === "error";
    var item = el("li", "vmv-entry vmv-entry--pending" + (error ? " vmv-entry--error" : ""));
    item.dataset.clientId = entry.client_id;
    var head = el("p", "vmv-entry__head");
    if (entry.kind === "situation") {
      head.appendChild(el("span", "vmv-entry__time", entry.fields.observed_at || ""));
      head.appendChild(el("strong", "", reasonLabel(entry.fields.contact_reason)));
    } else if (entry.kind === "tutor_exchange") {
      head.appendChild(el("strong", "", "Échange avec le tuteur"));
    }
    head.appendChild(
      el(
        "span",
        "fr-badge fr-badge--sm " + (error ? "fr-badge--error" : "fr-badge--warning"),
        error ? "À corriger" : "En attente de synchronisation"
      )
    );
    item.appendChild(head);
    var text = entry.fields.note || entry.fields.text || entry.fields.unusual_situations || "";
    if (text) {
      item.appendChild(el("p", "vmv-entry__note", text));
      item.appendChild(
        el("p", "fr-hint-text", "Texte non encore anonymisé : il le sera à la synchronisation.")
      );
    }
    if (error) {
      var messages = [];
      Object.keys(entry.errors || {}).forEach(function (key) {
        messages = messages.concat(entry.errors[key]);
      });
      item.appendChild(el("p", "fr-error-text", messages.join(" ")));
      var remove = el("button", "fr-btn fr-btn--sm fr-btn--tertiary fr-mt-1w", "Supprimer cette entrée");
      remove.type = "button";
      remove.addEventListener("click", function () {
        deleteEntry(entry.client_id).then(renderPending);
      });
      item.appendChild(remove);
    }
    return item;
  }

  function renderPending() {
    if (!canQueue) {
      return Promise.resolve();
    }
    return allEntries().then(function (entries) {
      root.querySelectorAll("[data-pending-list]").forEach(function (list) {
        var kind = list.dataset.pendingList;
        list.replaceChildren();
        entries.forEach(function (entry) {
          if (entry.kind === kind && entry.placement === placement) {
            list.appendChild(pendingItem(entry));
          }
        });
      });
      updateCounts();
      countPendingPerImmersion(entries);
      describeStatus(entries);
    }, function () {});
  }

  // The list of immersions (the notebook's home) counts what the server holds: add what
  // still waits on this device, so that an observer offline does not read "0 situations".
  function countPendingPerImmersion(entries) {
    root.querySelectorAll("[data-pending-for]").forEach(function (span) {
      var id = parseInt(span.dataset.pendingFor, 10);
      var count = entries.filter(function (entry) {
        return entry.placement === id;
      }).length;
      span.hidden = count === 0;
      span.textContent =
        count === 0 ? "" : "· " + count + (count > 1 ? " notes en attente d'envoi" : " note en attente d'envoi");
    });
  }

  function updateCounts() {
    var badge = root.querySelector('[data-count="situation"]');
    if (!badge) {
      return;
    }
    var synced = root.querySelectorAll('[data-synced-list="situation"] > li').length;
    var pending = root.querySelectorAll('[data-pending-list="situation"] > li').length;
    badge.textContent = String(synced + pending);
    var empty = root.querySelector('[data-empty="situation"]');
    if (empty) {
      empty.hidden = synced + pending > 0;
    }
  }

  function showStored(entry, html) {
    if (entry.placement !== placement || !html) {
      return;
    }
    var list = root.querySelector('[data-synced-list="' + entry.kind + '"]');
    if (!list) {
      return;
    }
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    if (entry.kind === "tutor_exchange") {
      list.replaceChildren(template.content);
      return;
    }
    var existing = list.querySelector('[data-client-id="' + entry.client_id + '"]');
    if (existing) {
      existing.replaceWith(template.content);
    } else {
      list.appendChild(template.content);
    }
  }

  // ------------------------------------------------------------------ sync
  function sync() {
    if (!canQueue || syncing || !navigator.onLine) {
      return refreshStatus();
    }
    syncing = true; // set at once: two calls in a row must not send the same batch twice
    var stored = 0;
    var batch = [];
    return allEntries()
      .then(function (entries) {
        batch = entries
          .filter(function (e) {
            return e.status !== "error";
          })
          .slice(0, MAX_BATCH);
        describeStatus(entries);
        if (!batch.length) {
          problem = "";
          return null;
        }
        return fetch(root.dataset.syncUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json",
            "X-CSRFToken": csrfToken(),
          },
          body: JSON.stringify({
            owner: owner,
            entries: batch.map(function (e) {
              return {
                client_id: e.client_id,
                kind: e.kind,
                placement: e.placement,
                fields: e.fields,
                written_at: e.created_at,
              };
            }),
          }),
        }).then(function (response) {
          if (response.status === 401 || response.status === 403 || response.status === 409) {
            var refused = new Error(
              {
                401: "Votre session a expiré : reconnectez-vous pour envoyer vos notes (elles restent sur cet appareil).",
                403: "Envoi refusé : rechargez la page pour synchroniser (vos notes restent sur cet appareil).",
                409: "Un autre compte est connecté sur cet appareil : vos notes y restent jusqu'à votre prochaine connexion.",
              }[response.status]
            );
            refused.signedOut = true;
            throw refused;
          }
          if (!response.ok) {
            throw new Error("Le serveur n'a pas pu recevoir les notes : nouvel essai dans un instant.");
          }
          return response.json();
        });
      })
      .then(function (payload) {
        if (!payload) {
          return null;
        }
        problem = "";
        return Promise.all(
          (payload.results || []).map(function (result, index) {
            var entry = batch[index];
            if (!entry || result.client_id !== entry.client_id) {
              return null;
            }
            if (result.status === "created" || result.status === "exists") {
              stored += 1;
              showStored(entry, result.html);
              return deleteEntry(entry.client_id);
            }
            if (result.status === "invalid" || result.status === "forbidden") {
              entry.status = "error";
              entry.errors = result.errors || {};
              return putEntry(entry);
            }
            retrySoon = true; // "retry": the anonymiser was busy, send again in a moment
            return null;
          })
        );
      })
      .catch(function (error) {
        problem =
          error && error.message && error.message.indexOf(" ") > 0
            ? error.message
            : "Réseau indisponible : vos notes restent sur cet appareil.";
        retrySoon = !error || !error.signedOut;
      })
      .then(function () {
        syncing = false;
        if (stored) {
          rememberPages([location.pathname]);
          setTimeout(sync, 0); // entries added meanwhile, or beyond one batch
        } else if (retrySoon) {
          retrySoon = false;
          setTimeout(sync, RETRY_DELAY); // a busy server: try again before the next round
        }
        return renderPending();
      });
  }

  function requestBackgroundSync() {
    if (!("serviceWorker" in navigator)) {
      return;
    }
    navigator.serviceWorker.ready
      .then(function (registration) {
        if (registration.sync) {
          return registration.sync.register(SYNC_TAG);
        }
      })
      .catch(function () {});
  }

  // ------------------------------------------------------------------ forms
  function missing(form, kind) {
    var required = kind === "situation" ? ["observed_at", "contact_reason"] : kind === "astonishment" ? ["text"] : [];
    return required.filter(function (name) {
      var input = form.elements[name];
      return !input || !String(input.value || "").trim();
    });
  }

  function say(form, text, isError) {
    var box = form.querySelector("[data-form-message]");
    if (!box) {
      box = el("p", "fr-mt-2w");
      box.dataset.formMessage = "";
      box.setAttribute("role", "status");
      form.appendChild(box);
    }
    box.className = "fr-mt-2w " + (isError ? "fr-error-text" : "fr-valid-text");
    box.textContent = text;
  }

  function saveEntry(form) {
    var kind = form.dataset.entryKind;
    var gaps = missing(form, kind);
    if (gaps.length) {
      say(form, kind === "situation" ? "Indiquez l'heure et le motif du contact." : "Écrivez votre texte avant d'enregistrer.", true);
      var first = form.elements[gaps[0]];
      if (first && first.focus) {
        first.focus();
      }
      return;
    }
    var idInput = form.querySelector('input[name="client_id"]');
    var entry = {
      client_id: idInput.value || newId(),
      kind: kind,
      owner: owner,
      placement: placement,
      fields: fieldsOf(form),
      created_at: Date.now(),
      status: "pending",
    };
    putEntry(entry)
      .then(function () {
        // The next entry gets a new id; the same id twice (double tap) was one entry.
        if (kind !== "tutor_exchange") {
          form.reset();
        }
        idInput.value = newId();
        if (kind === "situation" && form.elements.observed_at) {
          form.elements.observed_at.value = nowHHMM();
        }
        form.querySelectorAll("[data-preview-for]").forEach(function (box) {
          box.hidden = true;
        });
        say(
          form,
          {
            situation: "Situation enregistrée sur cet appareil.",
            astonishment: "Étonnement enregistré sur cet appareil.",
            tutor_exchange: "Échange enregistré sur cet appareil.",
          }[kind],
          false
        );
        requestBackgroundSync();
        return renderPending().then(sync);
      })
      .catch(function () {
        say(form, "Impossible d'enregistrer sur cet appareil : l'envoi direct est tenté.", true);
        form.submit();
      });
  }

  // ------------------------------------------------------------------ redacted preview
  var previewTexts = new WeakMap();

  function showPreview(box, data) {
    var target = box.querySelector("[data-preview-text]");
    target.replaceChildren();
    (data.segments || [{ text: data.text, label: null }]).forEach(function (segment) {
      target.appendChild(segment.label ? el("mark", "vmv-mask", segment.text) : document.createTextNode(segment.text));
    });
    box.querySelector("[data-preview-summary]").textContent = data.description
      ? "Masqué : " + data.description + "."
      : "Rien n'a été masqué.";
    previewTexts.set(box, data.text);
    box.querySelector("[data-use-preview]").hidden = false;
    box.hidden = false;
  }

  function preview(form, button) {
    var textarea = document.getElementById(button.dataset.previewButton);
    var box = form.querySelector('[data-preview-for="' + button.dataset.previewButton + '"]');
    var offlineNote = form.querySelector("[data-preview-offline]");
    if (!textarea || !box) {
      return;
    }
    offlineNote.hidden = true;
    if (!navigator.onLine) {
      offlineNote.hidden = false;
      return;
    }
    var body = new URLSearchParams();
    body.set("text", textarea.value);
    fetch(root.dataset.previewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
      body: body,
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        showPreview(box, data);
      })
      .catch(function () {
        offlineNote.hidden = false;
      });
  }

  function setupForms() {
    root.querySelectorAll("form[data-entry-kind]").forEach(function (form) {
      if (form.hasAttribute("data-fresh") && form.elements.observed_at) {
        form.elements.observed_at.value = nowHHMM();
      }
      form.addEventListener("submit", function (event) {
        var submitter = event.submitter;
        if (submitter && submitter.name === "preview") {
          event.preventDefault();
          preview(form, submitter);
          return;
        }
        if (!canQueue) {
          return; // no IndexedDB: the form posts as without JavaScript
        }
        event.preventDefault();
        saveEntry(form);
      });
    });
    root.querySelectorAll("[data-use-preview]").forEach(function (button) {
      var box = button.closest("[data-preview-for]");
      if (!box.hidden) {
        button.hidden = false; // a preview rendered by the server
      }
      button.addEventListener("click", function () {
        var textarea = document.getElementById(box.dataset.previewFor);
        var text = previewTexts.has(box) ? previewTexts.get(box) : box.querySelector("[data-preview-text]").textContent;
        textarea.value = text;
        textarea.focus();
      });
    });
  }

  // ------------------------------------------------------------------ service worker
  function askWorker(worker, message) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      var timer = setTimeout(function () {
        resolve({ ok: false });
      }, 20000);
      channel.port1.onmessage = function (event) {
        clearTimeout(timer);
        resolve(event.data || { ok: false });
      };
      worker.postMessage(message, [channel.port2]);
    });
  }

  function notebookPages() {
    var pages = [location.pathname];
    root.querySelectorAll('a[href^="' + root.dataset.scope + 'immersions/"]').forEach(function (link) {
      pages.push(new URL(link.href).pathname);
    });
    return pages;
  }

  function loadedAssets() {
    if (!window.performance || !performance.getEntriesByType) {
      return [];
    }
    return performance
      .getEntriesByType("resource")
      .map(function (entry) {
        return entry.name;
      })
      .filter(function (name) {
        return name.indexOf(location.origin + "/") === 0;
      });
  }

  function rememberPages(pages) {
    if (!("serviceWorker" in navigator) || !navigator.onLine) {
      return Promise.resolve({ ok: false });
    }
    return navigator.serviceWorker.ready.then(function (registration) {
      return askWorker(registration.active, {
        type: "remember",
        pages: pages,
        assets: loadedAssets(),
        keepOnly: root.hasAttribute("data-observer") ? pages : null,
      });
    });
  }

  function markReady() {
    if (navigator.serviceWorker.controller && root.dataset.cached === "true") {
      root.dataset.offlineReady = "true";
      var hint = root.querySelector(".vmv-sync__hint");
      if (hint && !hint.dataset.ready) {
        hint.dataset.ready = "true";
        hint.textContent +=
          " Cette page est disponible hors connexion sur cet appareil.";
      }
    }
  }

  function setupWorker() {
    if (!("serviceWorker" in navigator)) {
      return;
    }
    navigator.serviceWorker.register(root.dataset.swUrl, { scope: root.dataset.scope }).catch(function () {});
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "sync") {
        sync();
      }
    });
    navigator.serviceWorker.addEventListener("controllerchange", markReady);
    if (!navigator.onLine) {
      root.dataset.cached = "true";
      navigator.serviceWorker.ready.then(markReady);
      return;
    }
    rememberPages(notebookPages()).then(function (answer) {
      if (answer && answer.ok) {
        root.dataset.cached = "true";
        markReady();
      }
    });
  }

  // ------------------------------------------------------------------ start
  if (canQueue) {
    freshIds();
  }
  setupForms();
  setupWorker();
  renderPending().then(sync);
  window.addEventListener("online", sync);
  window.addEventListener("offline", refreshStatus);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      sync();
    }
  });
  setInterval(function () {
    if (lastCount) {
      sync();
    }
  }, 30000);
})();
