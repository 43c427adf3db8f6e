const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom for web component specs, with the few globals a browser has and jsdom leaves out that
 * React Router needs: TextEncoder when it loads, Request (and so AbortController, which Node's
 * Request insists on) at each navigation. Node's own, so the router runs as it does in Chromium.
 */
class JsdomWithFetchTypes extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      TextEncoder,
      TextDecoder,
      Request,
      Response,
      Headers,
      AbortController,
      AbortSignal,
    });
  }
}

module.exports = JsdomWithFetchTypes;
