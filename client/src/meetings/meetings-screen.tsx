// /meetings (the list and the calendar subscription), /meetings/new,
// /meetings/commitments (what was promised), /meetings/<id> (a meeting, its
// notes and commitments) and /meetings/<id>/edit. Loaded as its own chunk.
import type {ScreenProps} from '../module/define.ts';
import {matchPath} from '../router/router.tsx';
import {CommitmentsBoard} from './commitments-board.tsx';
import {EditMeeting, NewMeeting} from './meeting-form.tsx';
import {MeetingList} from './meeting-list.tsx';
import {MeetingPage} from './meeting-page.tsx';
import './meetings.css';

export default function MeetingsScreen({session, path}: ScreenProps) {
  if (path === '/meetings/new') return <NewMeeting session={session} />;
  if (path === '/meetings/commitments') return <CommitmentsBoard />;
  const edit = matchPath('/meetings/:id/edit', path)?.id;
  if (edit) return <EditMeeting key={edit} id={edit} session={session} />;
  const id = matchPath('/meetings/:id', path)?.id;
  if (id) return <MeetingPage key={id} id={id} session={session} />;
  return <MeetingList session={session} />;
}
