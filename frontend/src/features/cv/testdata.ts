/** Test data for the CV screens: a version shaped like the backend's answer for a one-page PDF CV. */
import { profile } from '../../api';

/** parsedVersion is a version as Version() returns it (nil slices as null, as Go sends them). */
export function parsedVersion(over: Record<string, unknown> = {}): profile.CVVersion {
  return profile.versionOf({
    id: 7,
    label: '',
    fileName: 'jake_resume.pdf',
    mediaType: 'text/plain',
    size: 53_412,
    sha256: 'ab12',
    notACV: false,
    profile: {
      basics: {
        name: 'Jake Ryan',
        email: 'jake@su.edu',
        phone: '123-456-7890',
        location: { city: 'Georgetown', region: 'TX' },
        profiles: [{ network: 'GitHub', url: 'https://github.com/jake' }],
      },
      work: [
        {
          name: 'Texas A&M University',
          position: 'Undergraduate Research Assistant',
          startDate: '2020-06',
          highlights: ['Developed a REST API'],
        },
        {
          name: 'Southwestern University',
          position: 'Information Technology Support Specialist',
          startDate: '2018-09',
        },
      ],
      education: [
        {
          institution: 'Southwestern University',
          studyType: 'Bachelor of Arts',
          area: 'Computer Science',
          endDate: '2021-05',
        },
      ],
      skills: [{ name: 'Languages', keywords: ['Java', 'Python', 'C/C++'] }],
      projects: null,
    },
    fields: [
      { path: 'basics.name', page: 1, x: 250, y: 760, confidence: 0.8 },
      { path: 'basics.email', page: 1, x: 300, y: 740, confidence: 0.95 },
      { path: 'basics.location', page: 1, x: 100, y: 740, confidence: 0.7 },
      { path: 'work[0].name', page: 1, x: 50, y: 500, confidence: 0.55 },
      { path: 'work[0].position', page: 1, x: 50, y: 490, confidence: 0.8 },
      { path: 'work[1].name', page: 2, x: 50, y: 700, confidence: 0.75 },
      { path: 'skills[0]', page: 1, x: 50, y: 100, confidence: 0.8 },
    ],
    warnings: ['no summary found'],
    applications: null,
    createdAt: '2026-11-20T10:00:00Z',
    ...over,
  });
}
