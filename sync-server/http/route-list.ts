// The routes an Express router answers, read from the router itself: what the
// fuzz test walks for the public pages (the REST API has its OpenAPI
// document), so a new page is covered without anyone listing it.
import type express from 'express';

export type ListedRoute = {method: string; path: string};

type Layer = {route?: {path: string | string[]; methods: Record<string, boolean>}; handle?: {stack?: Layer[]}};

export function routesOf(router: express.Router): ListedRoute[] {
  const out: ListedRoute[] = [];
  const walk = (stack: readonly Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) for (const method of Object.keys(layer.route.methods)) out.push({method: method.toUpperCase(), path});
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((router as unknown as {stack: Layer[]}).stack);
  return out;
}
