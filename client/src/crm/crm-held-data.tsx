// The client base, with its linked requests and bookings, is kept subscribed
// for the whole session (like request types and the team): search, filters,
// the numbers, the request card's client and the "client" field picker all
// work offline, even if /clients was never opened.
// A role without the permissions subscribes to queries that match nothing.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import './crm.css';

export function CrmHeldData() {
  useQuery(queries.clients.list());
  useQuery(queries.clients.contacts());
  useQuery(queries.clients.requests());
  useQuery(queries.clients.bookings());
  return null;
}
