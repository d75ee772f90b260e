'use strict';
document.addEventListener('DOMContentLoaded', () => {
  window.App.header('signIn');
  window.I18N.apply();
  document.addEventListener('languagechange', () => window.I18N.apply());
  const form = document.getElementById('sign-in');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const message = document.getElementById('message');
    try {
      const user = await window.App.signIn(form.userId.value.trim(), form.password.value, form.totp.value.trim());
      const next = new URLSearchParams(location.search).get('next');
      location.href = next && next.startsWith('/') && !next.startsWith('//') ? next : (window.App.SCREENS[user.role] || '/');
    } catch (error) {
      window.App.report(message, error);
    }
  });
  document.body.dataset.ready = 'true';
});
