// Enhancement only: while a person types in the commune field, offer matching communes from the API.
// Without JavaScript the form works the same way: the server resolves the name or postal code.
(function () {
  "use strict";
  var input = document.querySelector("[data-commune-suggestions]");
  if (!input || !window.fetch) { return; }
  var list = document.getElementById(input.getAttribute("list"));
  var endpoint = input.getAttribute("data-commune-suggestions");
  var timer = null;
  var lastQuery = "";

  function show(communes) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    communes.forEach(function (commune) {
      (commune.codesPostaux && commune.codesPostaux.length ? commune.codesPostaux : [""]).slice(0, 3).forEach(function (postal) {
        var option = document.createElement("option");
        option.value = postal ? commune.nom + " (" + postal + ")" : commune.nom;
        option.label = commune.departement ? commune.departement.nom : "";
        list.appendChild(option);
      });
    });
  }

  input.addEventListener("input", function () {
    var query = input.value.trim();
    if (/\(\d{5}\)$/.test(query)) { return; }
    clearTimeout(timer);
    if (query.length < 2 || query === lastQuery) { return; }
    timer = setTimeout(function () {
      lastQuery = query;
      fetch(endpoint + "?niveau=commune&limit=8&q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        // A slower answer to an earlier, shorter query must not replace the suggestions for what is typed now.
        .then(function (communes) { if (query === lastQuery) { show(communes); } })
        .catch(function () { /* suggestions are optional: the form still works */ });
    }, 200);
  });
})();
