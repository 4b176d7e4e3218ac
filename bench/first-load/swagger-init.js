// Swagger UI for the one-operation spec beside this file, set up so that the operation's
// parameter inputs render without a click (docExpansion 'full', tryItOutEnabled) and nothing
// is requested from any other origin (validatorUrl null: no badge from validator.swagger.io).
// BaseLayout without the standalone preset: the plain embedding, no top bar.
window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  layout: 'BaseLayout',
  deepLinking: false,
  docExpansion: 'full',
  tryItOutEnabled: true,
  validatorUrl: null,
});
