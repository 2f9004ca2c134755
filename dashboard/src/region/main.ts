import { installGlobalStyles } from '../ui/global-styles.js';
import './region-app.js';

installGlobalStyles();
document.body.prepend(document.createElement('siap-region-app'));
