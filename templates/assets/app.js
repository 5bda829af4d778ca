// Progressive enhancement of the staff forms; every page works without it.
// 1. After a failed submit, move focus to the error summary so it is read first.
// 2. After "add entry" / "remove entry", move focus to the new entry's first input (or the
//    group's add button), so a keyboard user goes on from there.
// 3. While someone types, keep their session from timing out (at most one request every four
//    minutes), so a long case note is not lost to the inactivity timeout.
// 4. Show and hide conditional fields as the answer they depend on changes (the server discards
//    the values of hidden fields in any case).
(() => {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  const focusTarget = document.querySelector('form[data-focus]');
  if (!summary && focusTarget) {
    const target = document.getElementById(focusTarget.getAttribute('data-focus'));
    const into = target && (target.classList.contains('entry') ? target.querySelector('input:not([type=hidden]), select, textarea') : target.querySelector('button[value^="add:"]'));
    if (into) into.focus();
  }

  const recordForm = document.querySelector('form.record-form');
  if (recordForm) {
    let last = Date.now();
    recordForm.addEventListener('input', () => {
      if (Date.now() - last < 4 * 60 * 1000) return;
      last = Date.now();
      fetch('/app/keepalive', { credentials: 'same-origin', cache: 'no-store' }).catch(() => {});
    });
  }

  const conditionals = Array.from(document.querySelectorAll('[data-show-when]'));
  if (conditionals.length === 0) return;
  const form = conditionals[0].closest('form');
  const valueOf = (name) => {
    const inputs = Array.from(form.querySelectorAll(`[name="${CSS.escape(name)}"]`));
    const checked = inputs.filter((input) => (input.type === 'radio' || input.type === 'checkbox' ? input.checked : true));
    return checked.map((input) => input.value);
  };
  const update = () => {
    for (const element of conditionals) {
      const rule = JSON.parse(element.getAttribute('data-show-when'));
      const values = valueOf(rule.name);
      element.hidden = !rule.values.some((value) => values.includes(String(value)));
    }
  };
  form.addEventListener('change', update);
  update();
})();
