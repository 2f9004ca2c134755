import { afterEach, describe, expect, it } from 'vitest';
import { compile, matchPath, Router } from './router.js';
import { PATTERNS, machineFilterOf, paths } from './paths.js';

const compiled = Object.values(PATTERNS).map(compile);

describe('matchPath', () => {
  it('matches the deep links with decoded parameters and the query', () => {
    expect(matchPath(compiled, '/')?.pattern).toBe('/');
    expect(matchPath(compiled, '/ruang/R%2001')).toMatchObject({ pattern: '/ruang/:id', params: { id: 'R 01' } });
    expect(matchPath(compiled, '/mesin/PC-017/')?.params).toEqual({ id: 'PC-017' });
    expect(matchPath(compiled, '/mesin?status=not-ready')?.query.get('status')).toBe('not-ready');
    expect(matchPath(compiled, '/monitor')?.pattern).toBe('/monitor');
  });

  it('matches nothing for unknown or malformed paths', () => {
    expect(matchPath(compiled, '/tidak-ada')).toBeUndefined();
    expect(matchPath(compiled, '/ruang/a/b')).toBeUndefined();
    expect(matchPath(compiled, '/ruang/%E0%A4%A')).toBeUndefined();
  });

  it('round-trips page addresses built by paths', () => {
    const url = paths.machines({ verdict: 'not-ready', check: 'ram-size', offline: true });
    expect(url).toBe('/mesin?status=not-ready&periksa=ram-size&luring=1');
    expect(machineFilterOf(new URL(url, 'http://x').searchParams)).toEqual({ verdict: 'not-ready', check: 'ram-size', offline: true });
    expect(matchPath(compiled, paths.room('R/1'))?.params.id).toBe('R/1');
  });
});

describe('Router', () => {
  let router: Router | undefined;
  const original = location.pathname + location.search;
  afterEach(() => {
    router?.stop();
    history.replaceState(null, '', original);
  });

  it('follows in-app links inside shadow DOM without reloading, and the back button', async () => {
    history.replaceState(null, '', '/');
    router = new Router(Object.values(PATTERNS));
    router.start();
    let changes = 0;
    router.subscribe(() => changes++);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<a href="/ruang/R2"><span>Ruang 2</span></a><a href="https://example.invalid/x">luar</a>`;
    root.querySelector('span')!.click();
    expect(location.pathname).toBe('/ruang/R2');
    expect(router.current?.params.id).toBe('R2');
    expect(changes).toBe(1);
    const outside = root.querySelectorAll('a')[1]!;
    let prevented: boolean | undefined;
    outside.addEventListener('click', (e) => {
      prevented = e.defaultPrevented;
      e.preventDefault(); // keep the test page here
    });
    outside.click();
    expect(prevented).toBe(false);
    const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    expect(location.pathname).toBe('/');
    expect(router.current?.pattern).toBe('/');
    expect(changes).toBe(2);
    host.remove();
  });
});
