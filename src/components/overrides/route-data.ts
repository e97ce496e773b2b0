// The home page is a splash page, which Starlight builds without a sidebar, so on a phone it
// had no menu at all: no language switch, theme switch or way to the glossary. It gets the
// sidebar like every other page; on a phone that is the header's menu, and on a wider screen
// src/styles/custom.css hides it so the home page keeps its full width. The hero marks the
// page here and in the CSS (Starlight sets data-has-hero on <html>).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.data.hero) route.hasSidebar = true;
});
