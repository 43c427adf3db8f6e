import { Injectable, type OnApplicationBootstrap, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type RouteAccess } from '../authz/access.decorators';

export const GLOBAL_PREFIX = 'api';

export interface RouteInfo {
  method: string;
  /** Full path with Nest-style params, e.g. /api/processes/:id/members */
  path: string;
  handler: string;
  access: RouteAccess | undefined;
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [''];

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p.length > 0)
    .join('/');
  return `/${joined}`;
}

/**
 * Lists every HTTP route with its access rule, and refuses to start the app when one has none:
 * a route is public or authorised by declaration, never by omission.
 */
@Injectable()
export class RouteAccessAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): RouteInfo[] {
    const routes: RouteInfo[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      const basePaths = asList(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const method: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
        if (typeof method !== 'number') continue;
        const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
          handler,
          controller,
        ]);
        for (const base of basePaths) {
          for (const sub of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
            routes.push({
              method: RequestMethod[method] ?? String(method),
              path: joinPath(GLOBAL_PREFIX, base, sub),
              handler: `${controller.name}.${name}`,
              access,
            });
          }
        }
      }
    }
    return routes;
  }

  onApplicationBootstrap(): void {
    const undeclared = this.routes().filter((r) => r.access === undefined);
    if (undeclared.length > 0) {
      throw new Error(
        `Routes without an access rule (@Public, @Authorize or @AuthorizeInProcess): ${undeclared
          .map((r) => `${r.method} ${r.path} (${r.handler})`)
          .join(', ')}`,
      );
    }
  }
}
