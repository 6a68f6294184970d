export { setupEmbeddedTemplate as default } from './global-setup';
