// The donation page's total ("Totaal: € 10,00 per maand"), kept up to date while the donor chooses. Without this
// script the page still works: the total is written by the server for the amount and frequency it was shown with.
(function () {
  'use strict';
  var total = document.getElementById('total');
  if (!total) {
    return;
  }
  var form = total.closest('form');
  var pattern = total.getAttribute('data-pattern');

  function money(value) {
    var parts = value.toFixed(2).split('.');
    return '€ ' + parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ',' + parts[1];
  }

  function typed(text) {
    var plain = text.replace(/[€\s]/g, '');
    if (/^\d+([.,]\d{1,2})?$/.test(plain)) {
      return parseFloat(plain.replace(',', '.'));
    }
    if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(plain)) {
      return parseFloat(plain.replace(/\./g, '').replace(',', '.'));
    }
    return NaN;
  }

  function update() {
    var amount = form.querySelector('input[name="amount"]:checked');
    var frequency = form.querySelector('input[name="frequency"]:checked');
    var value = NaN;
    if (amount) {
      value = amount.value === 'OTHER' ? typed(form.querySelector('#otherAmount').value) : parseFloat(amount.value);
    }
    if (isNaN(value) || !frequency) {
      total.textContent = '';
      return;
    }
    total.textContent = pattern.replace('%a', money(value))
        .replace('%p', total.getAttribute('data-per-' + frequency.value.toLowerCase()));
  }

  form.addEventListener('change', update);
  form.addEventListener('input', update);
})();
