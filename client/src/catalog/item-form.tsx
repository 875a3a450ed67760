// One catalog item: title, description, price in tenge ("from", "on request"),
// unit, availability, category, public or hidden, texts in the site's other
// languages, photos; and archiving (old links then show "no longer available"
// or forward to a replacement).
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {parseTenge, PRICE_KINDS, tengeInput, type PriceKind} from '#shared/catalog/price.ts';
import {positionAfterLast} from '#shared/catalog/position.ts';
import {AVAILABILITY, createItemArgs, updateItemArgs, type Availability} from '#shared/catalog/validation.ts';
import {moduleOn} from '#shared/company/modules.ts';
import {isLocale, LOCALE_NAMES, type Locale} from '#shared/i18n/locales.ts';
import {mutators} from '../sync/mutators.ts';
import {itemPath} from '#shared/public-site/links.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {useProfile} from '../cabinet/use-profile.ts';
import {SaveLine, type SaveState} from '../cabinet/save-state.tsx';
import {useT} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {ItemImages} from './item-images.tsx';

type Draft = {
  title: string;
  description: string;
  categoryId: string;
  priceKind: PriceKind;
  price: string;
  unit: string;
  duration: string;
  availability: Availability;
  isPublic: boolean;
  tr: Record<string, {title: string; description: string}>;
};

export function ItemForm({id, canEdit, session}: {id?: string; canEdit: boolean; session: Session}) {
  const t = useT();
  const write = useWrite();
  const [item, details] = useQuery(queries.catalog.item({id: id ?? ''}));
  const [items] = useQuery(queries.catalog.items());
  const [categories] = useQuery(queries.catalog.categories());
  const [company] = useQuery(queries.company.current());
  const {profile} = useProfile();
  if (id && !item) return <div className="page cabinet card-empty">{details.type === 'complete' ? t('catalog.notFound') : t('state.loading')}</div>;
  const mainLocale: Locale = isLocale(company?.locale) ? company.locale : 'ru';
  const others = (profile?.public_locales ?? []).filter(isLocale).filter((l) => l !== mainLocale);
  const initial: Draft = {
    title: item?.title ?? '',
    description: item?.description ?? '',
    categoryId: item?.category_id ?? '',
    priceKind: item?.price_kind ?? 'fixed',
    price: tengeInput(item?.price),
    unit: item?.unit ?? '',
    duration: item?.duration_min ? String(item.duration_min) : '',
    availability: item?.availability ?? 'in_stock',
    isPublic: item?.is_public ?? true,
    tr: Object.fromEntries(Object.entries(item?.tr ?? {}).map(([l, v]) => [l, {title: String(v?.title ?? ''), description: String(v?.description ?? '')}])),
  };
  return (
    <Editor
      key={item?.id ?? 'new'}
      initial={initial}
      others={others}
      canEdit={canEdit}
      categories={categories.filter((c) => !c.archived_at || c.id === item?.category_id)}
      bookable={moduleOn(profile?.modules, 'booking')}
      onSave={async (d) => {
        const price = d.priceKind === 'on_request' ? null : parseTenge(d.price);
        const tr = Object.fromEntries(
          Object.entries(d.tr).map(([l, v]) => [l, {...(v.title.trim() && {title: v.title}), ...(v.description.trim() && {description: v.description})}]),
        );
        const fields = {
          title: d.title,
          description: d.description,
          categoryId: d.categoryId || null,
          priceKind: d.priceKind,
          price: price === undefined ? -1 : price,
          unit: d.unit,
          durationMin: d.duration.trim() === '' ? null : Number(d.duration.trim()),
          availability: d.availability,
          isPublic: d.isPublic,
          tr,
        };
        if (!item) {
          const args = {id: crypto.randomUUID(), ...fields, position: positionAfterLast(items), createdAt: Date.now()};
          const parsed = createItemArgs.safeParse(args);
          if (!parsed.success) return {ok: false as const, issues: toFieldIssues(parsed.error.issues)};
          const r = await write(mutators.catalog.createItem(args));
          if (r.ok) navigate(`/catalog/items/${args.id}`, {replace: true});
          return r.ok ? {ok: true as const} : {ok: false as const, issues: r.details.fields ?? [], message: r.message};
        }
        const args = {id: item.id, ...fields};
        const parsed = updateItemArgs.safeParse(args);
        if (!parsed.success) return {ok: false as const, issues: toFieldIssues(parsed.error.issues)};
        const r = await write(mutators.catalog.updateItem(args));
        return r.ok ? {ok: true as const} : {ok: false as const, issues: r.details.fields ?? [], message: r.message};
      }}
    >
      {item ? (
        <>
          <ItemImages item={item} canEdit={canEdit} />
          {item.number && profile ? (
            <p>
              <a href={itemPath(company?.slug ?? session.company.slug, item)} target="_blank" rel="noreferrer">
                {t('catalog.openPublic')} ↗
              </a>
            </p>
          ) : null}
          {canEdit ? <Archive item={item} items={items} /> : null}
        </>
      ) : null}
    </Editor>
  );
}

type SaveResult =
  | {ok: true}
  | {ok: false; issues: {field: string; code: import('#shared/i18n/catalog.ts').MessageKey; params?: Record<string, string | number>}[]; message?: string};

function Editor(props: {
  initial: Draft;
  others: Locale[];
  canEdit: boolean;
  bookable: boolean;
  categories: readonly {id: string; title: string; parent_id?: string | null}[];
  onSave: (d: Draft) => Promise<SaveResult>;
  children?: React.ReactNode;
}) {
  const t = useT();
  const [d, setD] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setD({...d, [k]: v});
    setState({kind: 'idle'});
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await props.onSave(d);
    if (r.ok) {
      setErrors({});
      setState({kind: 'saved'});
    } else {
      setErrors(issuesByField(r.issues, t));
      setState({kind: 'error', message: r.message ?? t('pub.request.fixErrors')});
    }
  }
  const byParent = (parent: string | null) => props.categories.filter((c) => (c.parent_id ?? null) === parent);
  return (
    <div className="page cabinet">
      <Link href="/catalog" className="back-link">
        ← {t('action.back')}
      </Link>
      <form className="panel item-form" onSubmit={submit} noValidate>
        <h1>{props.initial.title ? t('catalog.editItem') : t('catalog.newItem')}</h1>
        <fieldset disabled={!props.canEdit}>
          <TextField label={t('catalog.field.title')} value={d.title} onChange={(e) => set('title', e.target.value)} error={errors.title} maxLength={200} />
          <div className="field">
            <label htmlFor="item-category">{t('catalog.field.category')}</label>
            <select id="item-category" value={d.categoryId} onChange={(e) => set('categoryId', e.target.value)}>
              <option value="">{t('catalog.noCategory')}</option>
              {byParent(null).map((c) => [
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>,
                ...byParent(c.id).map((s) => (
                  <option key={s.id} value={s.id}>
                    {`${c.title} / ${s.title}`}
                  </option>
                )),
              ])}
            </select>
          </div>
          <div className="field">
            <span className="label">{t('catalog.field.priceKind')}</span>
            <div className="chips" role="group" aria-label={t('catalog.field.priceKind')}>
              {PRICE_KINDS.map((k) => (
                <button
                  key={k}
                  type="button"
                  className={d.priceKind === k ? 'chip active' : 'chip'}
                  aria-pressed={d.priceKind === k}
                  onClick={() => set('priceKind', k)}
                >
                  {t(`catalog.priceKind.${k}`)}
                </button>
              ))}
            </div>
          </div>
          <div className="two">
            {d.priceKind !== 'on_request' ? (
              <TextField
                label={t('catalog.field.price')}
                inputMode="decimal"
                value={d.price}
                onChange={(e) => set('price', e.target.value)}
                error={errors.price}
                placeholder="1500"
              />
            ) : null}
            <TextField
              label={t('catalog.field.unit')}
              value={d.unit}
              onChange={(e) => set('unit', e.target.value)}
              placeholder={t('catalog.unitHint')}
              error={errors.unit}
              maxLength={30}
            />
          </div>
          {props.bookable || d.duration ? (
            <TextField
              label={t('catalog.field.duration')}
              hint={t('catalog.durationHint')}
              inputMode="numeric"
              value={d.duration}
              onChange={(e) => set('duration', e.target.value)}
              error={errors.durationMin}
            />
          ) : null}
          <div className="field">
            <label htmlFor="item-availability">{t('catalog.field.availability')}</label>
            <select id="item-availability" value={d.availability} onChange={(e) => set('availability', e.target.value as Availability)}>
              {AVAILABILITY.map((a) => (
                <option key={a} value={a}>
                  {t(`catalog.availability.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <TextArea
            label={t('catalog.field.description')}
            value={d.description}
            onChange={(e) => set('description', e.target.value)}
            error={errors.description}
            rows={4}
          />
          <label className="check">
            <input type="checkbox" checked={d.isPublic} onChange={(e) => set('isPublic', e.target.checked)} />
            {t('catalog.field.public')}
          </label>
          {props.others.map((l) => (
            <div key={l} lang={l} className="translation">
              <TextField
                label={t('catalog.translation', {field: t('catalog.field.title'), language: LOCALE_NAMES[l]})}
                value={d.tr[l]?.title ?? ''}
                onChange={(e) => set('tr', {...d.tr, [l]: {description: '', ...d.tr[l], title: e.target.value}})}
              />
              <TextArea
                label={t('catalog.translation', {field: t('catalog.field.description'), language: LOCALE_NAMES[l]})}
                value={d.tr[l]?.description ?? ''}
                onChange={(e) => set('tr', {...d.tr, [l]: {title: '', ...d.tr[l], description: e.target.value}})}
                rows={2}
              />
            </div>
          ))}
        </fieldset>
        {props.canEdit ? (
          <div className="form-actions">
            <SaveLine state={state} />
            <button className="primary">{props.initial.title ? t('action.save') : t('action.create')}</button>
          </div>
        ) : null}
      </form>
      {props.children}
    </div>
  );
}

function Archive({
  item,
  items,
}: {
  item: {id: string; archived_at?: number | null; replaced_by?: string | null};
  items: readonly {id: string; title: string; archived_at?: number | null}[];
}) {
  const t = useT();
  const write = useWrite();
  const [replacement, setReplacement] = useState(item.replaced_by ?? '');
  const archived = !!item.archived_at;
  return (
    <section className="panel archive">
      {archived ? <p className="badge">{t('catalog.archived')}</p> : null}
      <div className="field">
        <label htmlFor="item-replacement">{t('catalog.replacedBy')}</label>
        <select id="item-replacement" value={replacement} onChange={(e) => setReplacement(e.target.value)}>
          <option value="">{t('catalog.replacedNone')}</option>
          {items
            .filter((i) => i.id !== item.id && !i.archived_at)
            .map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => void write(mutators.catalog.archiveItem({id: item.id, archived: !archived, replacedBy: replacement || null, at: Date.now()}))}
      >
        {archived ? t('catalog.restore') : t('catalog.archive')}
      </button>
    </section>
  );
}
