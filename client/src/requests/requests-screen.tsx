import type {ScreenProps} from '../module/define.ts';
import {matchPath} from '../router/router.tsx';
import {RequestsPage} from './requests-page.tsx';

/** /requests and /requests/<id> (the card beside the list). */
export default function RequestsScreen({session, path}: ScreenProps) {
  return <RequestsPage session={session} selectedId={matchPath('/requests/:id', path)?.id} />;
}
