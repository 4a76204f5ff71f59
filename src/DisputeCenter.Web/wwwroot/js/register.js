// Registration: the supplier profile is for sellers, so it shows only when "sell" is chosen, or while one of its fields
// holds something (what was typed is never hidden; the server refuses a buyer's form that carries a profile, and says so).
// Without this script the profile stays on the form, marked "Sellers only".
(function () {
  'use strict';
  var profile = document.getElementById('seller-profile');
  if (!profile || !profile.form) {
    return;
  }

  var form = profile.form;
  var fields = profile.querySelectorAll('input, textarea');

  function holdsSomething() {
    return Array.prototype.some.call(fields, function (field) { return field.value.trim() !== ''; });
  }

  function update() {
    var chosen = form.querySelector('input[name="Input.AccountType"]:checked');
    profile.hidden = !(chosen && chosen.value === 'Seller') && !holdsSomething();
  }

  form.addEventListener('change', function (event) {
    if (event.target.name === 'Input.AccountType') {
      update();
    }
  });
  update();
}());
