// /settings/requests: how a company's requests work — ready templates, request
// types with their fields and workflows, and message templates. Every change is
// a named write through useWrite (offline too); what is typed and not yet saved
// stays on the device as a draft.
import {can} from '#shared/auth/can.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {Link, matchPath} from '../../router/router.tsx';
import {memberContextOf, type Session} from '../../session/session.ts';
import '../../cabinet/cabinet.css';
import {MessageTemplatesPage} from './message-templates.tsx';
import {NewType} from './new-type.tsx';
import {TemplatePicker} from './template-picker.tsx';
import {TypeList} from './type-list.tsx';
import {TypePage, type TypeTab} from './type-page.tsx';

const TABS: readonly TypeTab[] = ['general', 'fields', 'workflow', 'steps'];

export function RequestSettings({session, path}: {session: Session; path: string}) {
  const {t} = useI18n();
  if (!can(memberContextOf(session), 'requests.configure')) {
    return (
      <div className="page cabinet">
        <Link href="/settings" className="back-link rs-back">
          ← {t('action.back')}
        </Link>
        <p className="alert">{t('rs.noAccess')}</p>
      </div>
    );
  }
  if (path === '/settings/requests/messages') return <MessageTemplatesPage />;
  if (path === '/settings/requests/types/new') return <NewType />;
  const type = matchPath('/settings/requests/types/:id/:tab', path) ?? matchPath('/settings/requests/types/:id', path);
  if (type?.id) {
    const tab = TABS.find((x) => x === type.tab) ?? 'general';
    return <TypePage key={type.id} id={type.id} tab={tab} />;
  }
  return (
    <div className="page cabinet rs-page">
      <Link href="/settings" className="back-link rs-back">
        ← {t('action.back')}
      </Link>
      <h1>{t('rs.title')}</h1>
      <TemplatePicker />
      <TypeList />
      <section className="panel">
        <h2>{t('rs.messages.title')}</h2>
        <p className="field-hint">{t('rs.messages.hint')}</p>
        <Link href="/settings/requests/messages" className="button-like">
          {t('rs.messages.open')}
        </Link>
      </section>
    </div>
  );
}
