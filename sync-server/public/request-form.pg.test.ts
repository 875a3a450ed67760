import {describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../testing/http.ts';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = {'content-type': 'application/x-www-form-urlencoded'};

describe('public request form /c/<slug>/request', () => {
  it('is a plain HTML form that works without JavaScript and keeps the QR source', async () => {
    const {client, me} = await signupCompany('Форма Кафе');
    const visitor = new Client();
    const page = await visitor.req('GET', `/c/${me.company.slug}/request?src=qr-table`, undefined, {'accept-language': 'ru'});
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).toContain('<form method="post"');
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('name="src" value="qr-table"');
    const formId = /name="form_id" value="([^"]+)"/.exec(page.body)![1]!;

    const posted = await visitor.req(
      'POST',
      `/c/${me.company.slug}/request`,
      form({name: 'Айгерим', phone: '8 777 123 45 67', text: 'Столик на 4', src: 'qr-table', form_id: formId}),
      FORM,
    );
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/c/${me.company.slug}/request/thanks?n=1`);
    // Refreshing the POST (same form id) does not create a second request.
    await visitor.req(
      'POST',
      `/c/${me.company.slug}/request`,
      form({name: 'Айгерим', phone: '8 777 123 45 67', text: 'Столик на 4', src: 'qr-table', form_id: formId}),
      FORM,
    );

    const {body} = await client.get('/api/v1/requests');
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({clientName: 'Айгерим', clientPhone: '+77771234567', text: 'Столик на 4', source: 'qr-table', status: 'new'});
    const history = await client.get(`/api/v1/requests/${body.data[0].id}/history`);
    expect(history.body.data[0]).toMatchObject({via: 'public', actorId: null});

    const thanks = await visitor.req('GET', posted.headers.get('location')!, undefined, {'accept-language': 'ru'});
    expect(thanks.body).toContain('Номер вашей заявки: #1');
  });

  it('re-shows the form with the message and the typed values when phone or text is missing', async () => {
    const {me} = await signupCompany('Ошибки');
    const res = await new Client().req(
      'POST',
      `/c/${me.company.slug}/request?lang=kk`,
      form({name: 'Ақбота', phone: '', text: 'Маған <b>торт</b> керек'}),
      FORM,
    );
    expect(res.status).toBe(400);
    expect(res.body).toContain('Төмендегі өрістерді тексеріңіз.');
    expect(res.body).toContain('Бұл өрісті толтырыңыз');
    expect(res.body).toContain('value="Ақбота"');
    expect(res.body).toContain('Маған &lt;b&gt;торт&lt;/b&gt; керек');
  });

  it('a body it cannot read is refused on the same form, in the visitor’s language, never a 500, and saves nothing', async () => {
    const {client, me} = await signupCompany('Нечитаемые формы');
    const url = `/c/${me.company.slug}/request`;
    const visitor = new Client(undefined, {'accept-language': 'ru'});
    const cases: [string, string | Buffer, Record<string, string>, number, string][] = [
      ['a NUL typed in', form({name: 'Айгерим', phone: '+77011112233', text: 'Торт\u0000 на заказ'}), FORM, 400, 'нельзя сохранить'],
      ['too large', `text=${'a'.repeat(70_000)}`, FORM, 413, 'Слишком большой запрос'],
      ['too many fields', Array.from({length: 60}, (_, i) => `f${i}=1`).join('&'), FORM, 413, 'Слишком много полей'],
      ['another charset', form({text: 'x'}), {'content-type': 'application/x-www-form-urlencoded; charset=windows-1251'}, 415, 'UTF-8'],
      ['an unknown compression', form({text: 'x'}), {...FORM, 'content-encoding': 'x-zip'}, 415, 'сжатие'],
      ['a corrupt gzip body', 'not gzip at all', {...FORM, 'content-encoding': 'gzip'}, 400, 'повреждено'],
    ];
    for (const [what, body, headers, status, words] of cases) {
      const res = await visitor.req('POST', url, body, headers);
      expect([what, res.status]).toEqual([what, status]);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.body).toContain('<form method="post"');
      expect(res.body).toContain(words);
    }
    // What was typed is kept where it can be: the NUL case shows the name, and the text without the NUL.
    const kept = await visitor.req('POST', url, form({name: 'Айгерим', phone: '+77011112233', text: 'Торт\u0000 на заказ'}), FORM);
    expect(kept.body).toContain('value="Айгерим"');
    expect(kept.body).toContain('>Торт на заказ</textarea>');
    expect((await client.get('/api/v1/requests')).body.data).toHaveLength(0);
  });

  it('accepts a post from a form on the company’s own site', async () => {
    const {client, me} = await signupCompany('Landing Co');
    const res = await fetch(`${inject('baseUrl')}/c/${me.company.slug}/request`, {
      method: 'POST',
      redirect: 'manual',
      headers: {...FORM, origin: 'https://landing.example.kz'},
      body: form({name: 'Лид', phone: '+77011234567', text: 'С лендинга', src: 'landing'}),
    });
    expect(res.status).toBe(303);
    expect((await client.get('/api/v1/requests')).body.data[0].source).toBe('landing');
  });

  it('drops what a bot puts in the honeypot, and rate-limits one address', async () => {
    const {client, me} = await signupCompany('Spam Co');
    const bot = await new Client().req('POST', `/c/${me.company.slug}/request`, form({phone: '+77011234567', text: 'spam', website: 'http://spam'}), FORM);
    expect(bot.status).toBe(303);
    expect((await client.get('/api/v1/requests')).body.data).toHaveLength(0);

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await new Client().req('POST', `/c/${me.company.slug}/request`, form({phone: '+77011234567', text: `n${i}`}), FORM);
      statuses.push(r.status);
    }
    expect(statuses.filter((s) => s === 303).length).toBe(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('answers an unknown company with a 404 page', async () => {
    const res = await new Client().req('GET', '/c/no-such-company-here/request', undefined, {'accept-language': 'en'});
    expect(res.status).toBe(404);
    expect(res.body).toContain('Page not found');
  });
});
