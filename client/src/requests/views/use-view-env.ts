// What the pure view functions (shared/requests/view.ts) need to know about
// this company and this person: names of types, statuses, people and
// sources in the user's language, status kinds, the company's time zone.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {INTL_LOCALE} from '#shared/i18n/locales.ts';
import {queries} from '#shared/queries/index.ts';
import {sourceKind} from '#shared/requests/source.ts';
import type {ViewEnv} from '#shared/requests/view.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useRequestConfig, type RequestConfig} from '../use-request-config.ts';

export type ViewContext = ViewEnv & {
  config: RequestConfig;
  members: readonly {id: string; name: string; active: boolean}[];
};

export function useViewEnv(): ViewContext {
  const {t, locale} = useI18n();
  const config = useRequestConfig();
  const [members] = useQuery(queries.team.members());
  const [company] = useQuery(queries.company.current());
  const timeZone = company?.timezone ?? 'Asia/Almaty';
  return useMemo(() => {
    const names = new Map(members.map((m) => [m.id, m.name]));
    return {
      config,
      members,
      timeZone,
      collation: INTL_LOCALE[locale],
      typeName: (id) => (id ? (config.byId.get(id)?.name ?? '') : ''),
      statusName: config.statusName,
      statusKind: (typeId, status) => config.status(typeId, status)?.kind,
      responsibleName: (id) => names.get(id) ?? '',
      sourceName: (source) => {
        const kind = sourceKind(source);
        // A QR placement ("qr-door") or a messenger tag says more than "QR code" / "Other".
        const tag = kind === 'qr' ? source.replace(/^qr-?/, '') : kind === 'other' ? source : '';
        return tag ? `${t(`source.${kind}`)} (${tag})` : t(`source.${kind}`);
      },
    };
  }, [config, members, timeZone, locale, t]);
}
