// Every request's address is checked once, before any route reads it: a path
// segment that does not decode (%FF, a lone surrogate's bytes) or that holds
// what PostgreSQL cannot store (%00), or a query value that holds it, is a 400
// for the whole server — public pages, the REST API and files alike — rather
// than a URIError or a database error deep inside one route. A query value in
// another encoding (an old ad's cp1251 UTM tag) is not refused: the query
// parser reads it as U+FFFD, which harms nothing.
import type express from 'express';
import {isStorableText, unstorableIssue} from '#shared/validation/storable.ts';
import {badUrl} from './refusal.ts';

function segmentOk(segment: string): boolean {
  try {
    return isStorableText(decodeURIComponent(segment));
  } catch {
    return false;
  }
}

export const refuseBadAddress: express.RequestHandler = (req, _res, next) => {
  const path = req.originalUrl.split('?', 1)[0] ?? '';
  if (!path.split('/').every(segmentOk) || unstorableIssue(req.query)) {
    next(badUrl());
    return;
  }
  next();
};
