// Passkeys (WebAuthn) for the staff console: sign-in on the verify page, registration on the
// account page. The server makes the options (and keeps the challenge); this file only hands
// them to the browser and posts the answer back. No inline script (CSP).
(function () {
  "use strict";

  function csrf() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf(), Accept: "application/json" },
      body: body === undefined ? "{}" : JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) {
          var error = new Error(data.message || response.statusText);
          error.server = true;
          throw error;
        }
        return data;
      });
    });
  }

  function showError(message) {
    var box = document.getElementById("passkey-error");
    if (!box) return;
    box.textContent = message;
    box.hidden = false;
    box.focus && box.focus();
  }

  function failed(error) {
    if (error && error.server) {
      showError(error.message);
    } else {
      var box = document.getElementById("passkey-error");
      showError((box && box.dataset.generic) || (error && error.message) || "Passkey failed");
    }
  }

  function supported() {
    return window.PublicKeyCredential && PublicKeyCredential.parseRequestOptionsFromJSON;
  }

  var signin = document.getElementById("passkey-signin");
  if (signin) {
    signin.addEventListener("click", function () {
      if (!supported()) return failed(new Error("This browser cannot use passkeys."));
      post(signin.dataset.optionsUrl)
        .then(function (options) {
          return navigator.credentials.get({
            publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
          });
        })
        .then(function (credential) {
          return post(signin.dataset.verifyUrl, credential.toJSON());
        })
        .then(function (data) {
          window.location.assign(data.redirect);
        })
        .catch(failed);
    });
  }

  var register = document.getElementById("passkey-register");
  if (register) {
    register.addEventListener("click", function () {
      if (!supported()) return failed(new Error("This browser cannot use passkeys."));
      post(register.dataset.optionsUrl)
        .then(function (options) {
          return navigator.credentials.create({
            publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
          });
        })
        .then(function (credential) {
          var name = document.getElementById("passkey-name");
          return post(register.dataset.verifyUrl, {
            credential: credential.toJSON(),
            name: name ? name.value : "",
          });
        })
        .then(function (data) {
          window.location.assign(data.redirect);
        })
        .catch(failed);
    });
  }
})();
