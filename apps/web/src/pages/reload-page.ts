/** A full reload, in a module of its own so that component specs can watch it (jsdom cannot reload). */
export const reloadPage = (): void => window.location.reload();
