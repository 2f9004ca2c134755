export const msg = {
  title: { id: 'Masuk ke SiapCAT', en: 'Log in to SiapCAT' },
  lead: {
    id: 'Kesiapan lokasi ujian CAT dan hari ujian. Masuk dengan akun yang diberikan tim TI Panselda.',
    en: 'CAT exam venue readiness and exam day. Log in with the account given by the Panselda IT team.',
  },
  username: { id: 'Nama pengguna', en: 'Username' },
  password: { id: 'Kata sandi', en: 'Password' },
  submit: { id: 'Masuk', en: 'Log in' },
  busy: { id: 'Memeriksa…', en: 'Checking…' },
  missing: { id: 'Isi nama pengguna dan kata sandi.', en: 'Fill in the username and password.' },
  setupTitle: { id: 'Penyiapan pertama: buat kata sandi admin', en: 'First setup: create the admin password' },
  setupLead: {
    id: 'Hub ini belum punya admin. Salin token penyiapan yang tercetak di terminal tempat hub dijalankan, lalu pilih kata sandi admin (minimal 8 karakter).',
    en: 'This hub has no admin yet. Copy the setup token printed in the terminal where the hub runs, then choose the admin password (at least 8 characters).',
  },
  setupToken: { id: 'Token penyiapan', en: 'Setup token' },
  newPassword: { id: 'Kata sandi admin baru', en: 'New admin password' },
  setupSubmit: { id: 'Buat admin dan masuk', en: 'Create admin and log in' },
  tooShort: { id: 'Kata sandi minimal 8 karakter.', en: 'The password needs at least 8 characters.' },
};
