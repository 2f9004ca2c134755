import './app/app-shell.js';
import { createServices } from './app/services.js';

// The app element is created here, with its services, rather than written in index.html:
// it must never connect without them.
const app = document.createElement('siap-app');
app.services = createServices();
document.body.prepend(app);
