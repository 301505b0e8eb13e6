/**
 * Development only (loaded by main.tsx behind import.meta.env.DEV and
 * `?mock=1`): an in-memory stand-in for the Go services, so the UI can be
 * looked at in a plain browser (`?mock=empty` starts with no applications). It speaks the same shapes as the bindings,
 * including `{code, field, message}` rejections.
 */
import type { Application, ListQuery, Stage } from '../api/types';

const stages: Stage[] = ['Wishlist', 'Applied', 'Screening', 'Interviewing', 'Offer'].map((name, i) => ({
  id: i + 1,
  name,
  position: i,
}));

let nextId = 1;
const apps: Application[] = [];

function add(p: Partial<Application>, daysAgo: number) {
  const t = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const stage = stages.find((s) => s.id === (p.stageId || 1)) ?? stages[0];
  apps.push({
    id: nextId++,
    company: '',
    title: '',
    url: '',
    location: '',
    remote: '',
    salary: { min: 0, max: 0, currency: '', period: '' },
    source: '',
    description: '',
    dateApplied: '',
    deadline: '',
    followUp: '',
    priority: 0,
    tags: [],
    outcome: 'open',
    ...p,
    stageId: stage.id,
    stage: stage.name,
    createdAt: t,
    updatedAt: t,
  });
}

const seed = new URLSearchParams(window.location.search).get('mock') !== 'empty';
if (seed)
  add(
    {
      company: 'Acme Robotics',
      title: 'Senior Go Engineer',
      stageId: 4,
      location: 'Berlin',
      remote: 'hybrid',
      dateApplied: '2025-02-03',
    },
    2,
  );
if (seed)
  add(
    {
      company: 'Northwind',
      title: 'Backend Developer',
      stageId: 2,
      location: 'Lisbon',
      remote: 'remote',
      dateApplied: '2025-02-10',
    },
    5,
  );
if (seed)
  add({ company: 'Globex', title: 'Platform Engineer', stageId: 1, location: 'Amsterdam', remote: 'onsite' }, 9);
if (seed)
  add(
    {
      company: 'Initech',
      title: 'Site Reliability Engineer',
      stageId: 3,
      location: 'Remote (EU)',
      remote: 'remote',
      dateApplied: '2025-01-20',
    },
    12,
  );
if (seed)
  add(
    {
      company: 'Umbrella Health',
      title: 'Staff Engineer',
      stageId: 2,
      outcome: 'rejected',
      location: 'London',
      dateApplied: '2025-01-05',
    },
    30,
  );

const invalid = (field: string, message: string) => Promise.reject({ code: 'invalid', field, message });

function list(q: ListQuery) {
  const s = (q.search ?? '').toLowerCase();
  let items = apps.filter(
    (a) =>
      (!s || `${a.company} ${a.title} ${a.description}`.toLowerCase().includes(s)) &&
      (!q.stageIds?.length || q.stageIds.includes(a.stageId)),
  );
  const key = (a: Application): string | number =>
    ({
      company: a.company.toLowerCase(),
      title: a.title.toLowerCase(),
      stage: stages.find((x) => x.id === a.stageId)?.position ?? 0,
      applied: a.dateApplied,
      created: a.createdAt,
      updated: a.updatedAt,
      priority: a.priority,
      deadline: a.deadline,
      followUp: a.followUp,
    })[q.sort || 'updated'];
  items = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (q.desc ? -1 : 1));
  return Promise.resolve({ items, total: items.length });
}

/** installMockBackend puts the in-memory services on window.go. */
export function installMockBackend() {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  window.go = {
    service: {
      Applications: {
        List: (q) => list(q as ListQuery),
        Create: (x) => {
          const a = x as Application;
          if (!a.company.trim()) return invalid('company', 'company is required');
          if (a.url && !/^https?:\/\/[^/]+/.test(a.url)) return invalid('url', `url "${a.url}" is not a web address`);
          add(a, 0);
          return Promise.resolve(apps[apps.length - 1]);
        },
        Duplicates: (x) => {
          const q = x as { company: string; title: string; url: string };
          const link = (u: string) =>
            u
              .replace(/^https?:\/\/(www\.)?/i, '')
              .replace(/[?#].*$/, '')
              .replace(/\/+$/, '');
          return Promise.resolve(
            apps.flatMap((a) =>
              q.url && a.url && link(a.url) === link(q.url)
                ? [{ application: a, reason: 'url' }]
                : norm(q.company) &&
                    norm(q.title) &&
                    norm(a.company) === norm(q.company) &&
                    norm(a.title) === norm(q.title)
                  ? [{ application: a, reason: 'company+title' }]
                  : [],
            ),
          );
        },
        Tags: () => Promise.resolve([...new Set(apps.flatMap((a) => a.tags))]),
      },
      Pipeline: { Stages: () => Promise.resolve(stages) },
    },
  };
}
