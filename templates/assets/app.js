// Progressive enhancement of the staff forms; every page works without it.
// 1. After a failed submit, move focus to the error summary so it is read first.
// 2. Show and hide conditional fields as the answer they depend on changes (the server discards
//    the values of hidden fields in any case).
(() => {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();

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
