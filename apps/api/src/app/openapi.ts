import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { REFRESH_COOKIE } from '@concordia/contracts';
import { cleanupOpenApiDoc } from 'nestjs-zod';

export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs-json';

/** The OpenAPI document, generated from the contracts' zod schemas through the DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Concordia API')
    .setDescription(
      'Negotiate a shared text across delegations, rounds and versions. Every error body is an ErrorResponse ' +
        '{ code, message, requestId, issues? }; clients branch on `code`. Each issue is { path, code, params?, message }: ' +
        '`code` is a field issue code (required, too_long with params.maximum, invalid_email…) or the error code of ' +
        'the rule that refused the field; `message` is English, for people reading the raw answer.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addCookieAuth(REFRESH_COOKIE, { type: 'apiKey', in: 'cookie', name: REFRESH_COOKIE }, REFRESH_COOKIE)
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, buildOpenApiDocument(app), { jsonDocumentUrl: OPENAPI_JSON_PATH });
}
