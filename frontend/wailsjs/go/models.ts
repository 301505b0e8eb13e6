export namespace assist {
	
	export class Analysis {
	    language: string;
	    skills: SkillMatch[];
	    matched: string[];
	    missing: string[];
	    missingNice: string[];
	    score: number;
	    points: number;
	    possible: number;
	    profileEmpty: boolean;
	    against: string;
	    cv?: CVChoice;
	    keyPhrases: string[];
	    requirements: Requirement[];
	
	    static createFrom(source: any = {}) {
	        return new Analysis(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.skills = this.convertValues(source["skills"], SkillMatch);
	        this.matched = source["matched"];
	        this.missing = source["missing"];
	        this.missingNice = source["missingNice"];
	        this.score = source["score"];
	        this.points = source["points"];
	        this.possible = source["possible"];
	        this.profileEmpty = source["profileEmpty"];
	        this.against = source["against"];
	        this.cv = this.convertValues(source["cv"], CVChoice);
	        this.keyPhrases = source["keyPhrases"];
	        this.requirements = this.convertValues(source["requirements"], Requirement);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CVChoice {
	    id: number;
	    label: string;
	    linked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CVChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.label = source["label"];
	        this.linked = source["linked"];
	    }
	}
	export class Options {
	    tone: string;
	    length: string;
	    language: string;
	    recipient: string;
	    extra: string;
	
	    static createFrom(source: any = {}) {
	        return new Options(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tone = source["tone"];
	        this.length = source["length"];
	        this.language = source["language"];
	        this.recipient = source["recipient"];
	        this.extra = source["extra"];
	    }
	}
	export class Requirement {
	    kind: string;
	    text: string;
	    value: string;
	    status: string;
	    evidence: string;
	    why: string;
	
	    static createFrom(source: any = {}) {
	        return new Requirement(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.value = source["value"];
	        this.status = source["status"];
	        this.evidence = source["evidence"];
	        this.why = source["why"];
	    }
	}
	export class SkillMatch {
	    name: string;
	    category: string;
	    importance: string;
	    count: number;
	    matched: boolean;
	    evidence: string;
	    evidenceSection: string;
	    why: string;
	
	    static createFrom(source: any = {}) {
	        return new SkillMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.category = source["category"];
	        this.importance = source["importance"];
	        this.count = source["count"];
	        this.matched = source["matched"];
	        this.evidence = source["evidence"];
	        this.evidenceSection = source["evidenceSection"];
	        this.why = source["why"];
	    }
	}

}

export namespace calendar {
	
	export class Person {
	    name?: string;
	    email?: string;
	
	    static createFrom(source: any = {}) {
	        return new Person(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.email = source["email"];
	    }
	}

}

export namespace cvparse {
	
	export class Field {
	    path: string;
	    page: number;
	    x: number;
	    y: number;
	    confidence: number;
	
	    static createFrom(source: any = {}) {
	        return new Field(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.page = source["page"];
	        this.x = source["x"];
	        this.y = source["y"];
	        this.confidence = source["confidence"];
	    }
	}

}

export namespace imapread {
	
	export class FolderInfo {
	    name: string;
	    messages: number;
	
	    static createFrom(source: any = {}) {
	        return new FolderInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.messages = source["messages"];
	    }
	}

}

export namespace insights {
	
	export class Flow {
	    nodes: string[];
	    links: Link[];
	
	    static createFrom(source: any = {}) {
	        return new Flow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.nodes = source["nodes"];
	        this.links = this.convertValues(source["links"], Link);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FunnelStep {
	    stageId: number;
	    stage: string;
	    reached: number;
	    current: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelStep(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stageId = source["stageId"];
	        this.stage = source["stage"];
	        this.reached = source["reached"];
	        this.current = source["current"];
	    }
	}
	export class Link {
	    source: number;
	    target: number;
	    value: number;
	
	    static createFrom(source: any = {}) {
	        return new Link(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.target = source["target"];
	        this.value = source["value"];
	    }
	}
	export class Report {
	    since: string;
	    tracked: number;
	    total: number;
	    open: number;
	    funnel: FunnelStep[];
	    flow: Flow;
	    applied: number;
	    responded: number;
	    responseRate: number;
	    medianDaysToFirstResponse: number;
	    stageDays: StageDays[];
	    perWeek: WeekCount[];
	    outcomes: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.since = source["since"];
	        this.tracked = source["tracked"];
	        this.total = source["total"];
	        this.open = source["open"];
	        this.funnel = this.convertValues(source["funnel"], FunnelStep);
	        this.flow = this.convertValues(source["flow"], Flow);
	        this.applied = source["applied"];
	        this.responded = source["responded"];
	        this.responseRate = source["responseRate"];
	        this.medianDaysToFirstResponse = source["medianDaysToFirstResponse"];
	        this.stageDays = this.convertValues(source["stageDays"], StageDays);
	        this.perWeek = this.convertValues(source["perWeek"], WeekCount);
	        this.outcomes = source["outcomes"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StageDays {
	    stage: string;
	    medianDays: number;
	    samples: number;
	
	    static createFrom(source: any = {}) {
	        return new StageDays(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.medianDays = source["medianDays"];
	        this.samples = source["samples"];
	    }
	}
	export class WeekCount {
	    week: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new WeekCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.count = source["count"];
	    }
	}

}

export namespace llm {
	
	export class Check {
	    ok: boolean;
	    what: string;
	    detail: string;
	    error?: model.Error;
	    took: number;
	
	    static createFrom(source: any = {}) {
	        return new Check(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.what = source["what"];
	        this.detail = source["detail"];
	        this.error = this.convertValues(source["error"], model.Error);
	        this.took = source["took"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Found {
	    port: number;
	    baseURL: string;
	    server: string;
	    models: string[];
	
	    static createFrom(source: any = {}) {
	        return new Found(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.port = source["port"];
	        this.baseURL = source["baseURL"];
	        this.server = source["server"];
	        this.models = source["models"];
	    }
	}
	export class ProbeReport {
	    reply: Check;
	    json: Check;
	    stream: Check;
	    context: Check;
	    jsonMode: string;
	    contextTokens: number;
	    truncates: boolean;
	    summary: string;
	
	    static createFrom(source: any = {}) {
	        return new ProbeReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reply = this.convertValues(source["reply"], Check);
	        this.json = this.convertValues(source["json"], Check);
	        this.stream = this.convertValues(source["stream"], Check);
	        this.context = this.convertValues(source["context"], Check);
	        this.jsonMode = source["jsonMode"];
	        this.contextTokens = source["contextTokens"];
	        this.truncates = source["truncates"];
	        this.summary = source["summary"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Provider {
	    name: string;
	    baseURL: string;
	    model: string;
	    kind: string;
	    apiKeyEnv?: string;
	    structured?: string;
	    contextTokens?: number;
	
	    static createFrom(source: any = {}) {
	        return new Provider(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.baseURL = source["baseURL"];
	        this.model = source["model"];
	        this.kind = source["kind"];
	        this.apiKeyEnv = source["apiKeyEnv"];
	        this.structured = source["structured"];
	        this.contextTokens = source["contextTokens"];
	    }
	}

}

export namespace model {
	
	export class Application {
	    id: number;
	    company: string;
	    title: string;
	    url: string;
	    location: string;
	    remote: string;
	    salary: Salary;
	    source: string;
	    description: string;
	    dateApplied: string;
	    deadline: string;
	    followUp: string;
	    priority: number;
	    tags: string[];
	    stageId: number;
	    stage: string;
	    outcome: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Application(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.company = source["company"];
	        this.title = source["title"];
	        this.url = source["url"];
	        this.location = source["location"];
	        this.remote = source["remote"];
	        this.salary = this.convertValues(source["salary"], Salary);
	        this.source = source["source"];
	        this.description = source["description"];
	        this.dateApplied = source["dateApplied"];
	        this.deadline = source["deadline"];
	        this.followUp = source["followUp"];
	        this.priority = source["priority"];
	        this.tags = source["tags"];
	        this.stageId = source["stageId"];
	        this.stage = source["stage"];
	        this.outcome = source["outcome"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ApplicationDetail {
	    application: Application;
	    notes: Note[];
	    contacts: Contact[];
	    tasks: Task[];
	    events: Event[];
	    interviews: Interview[];
	    duplicates: Application[];
	
	    static createFrom(source: any = {}) {
	        return new ApplicationDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.application = this.convertValues(source["application"], Application);
	        this.notes = this.convertValues(source["notes"], Note);
	        this.contacts = this.convertValues(source["contacts"], Contact);
	        this.tasks = this.convertValues(source["tasks"], Task);
	        this.events = this.convertValues(source["events"], Event);
	        this.interviews = this.convertValues(source["interviews"], Interview);
	        this.duplicates = this.convertValues(source["duplicates"], Application);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ApplicationEdit {
	    id: number;
	    fields: string[];
	    base: Application;
	    set: Application;
	
	    static createFrom(source: any = {}) {
	        return new ApplicationEdit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.fields = source["fields"];
	        this.base = this.convertValues(source["base"], Application);
	        this.set = this.convertValues(source["set"], Application);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Award {
	    title?: string;
	    date?: string;
	    awarder?: string;
	    summary?: string;
	
	    static createFrom(source: any = {}) {
	        return new Award(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.date = source["date"];
	        this.awarder = source["awarder"];
	        this.summary = source["summary"];
	    }
	}
	export class BackupInfo {
	    path: string;
	    name: string;
	    bytes: number;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new BackupInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.bytes = source["bytes"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Basics {
	    name?: string;
	    label?: string;
	    image?: string;
	    email?: string;
	    phone?: string;
	    url?: string;
	    summary?: string;
	    location: Location;
	    profiles?: SocialProfile[];
	
	    static createFrom(source: any = {}) {
	        return new Basics(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.label = source["label"];
	        this.image = source["image"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.url = source["url"];
	        this.summary = source["summary"];
	        this.location = this.convertValues(source["location"], Location);
	        this.profiles = this.convertValues(source["profiles"], SocialProfile);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CSVChoice {
	    value: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new CSVChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	    }
	}
	export class CSVColumn {
	    index: number;
	    header: string;
	    field: string;
	    samples: string[];
	
	    static createFrom(source: any = {}) {
	        return new CSVColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.index = source["index"];
	        this.header = source["header"];
	        this.field = source["field"];
	        this.samples = source["samples"];
	    }
	}
	export class CSVImportResult {
	    path: string;
	    applications: number;
	    notes: number;
	    contacts: number;
	    stages: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new CSVImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.applications = source["applications"];
	        this.notes = source["notes"];
	        this.contacts = source["contacts"];
	        this.stages = source["stages"];
	        this.skipped = source["skipped"];
	    }
	}
	export class CSVMapping {
	    columns: string[];
	    statuses: CSVStatusChoice[];
	    dateOrder: string;
	
	    static createFrom(source: any = {}) {
	        return new CSVMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.columns = source["columns"];
	        this.statuses = this.convertValues(source["statuses"], CSVStatusChoice);
	        this.dateOrder = source["dateOrder"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CSVPreview {
	    path: string;
	    kind: string;
	    encoding: string;
	    delimiter: string;
	    columns: CSVColumn[];
	    fields: CSVChoice[];
	    statuses: CSVStatus[];
	    targets: CSVChoice[];
	    dateOrder: string;
	    dateReason: string;
	    missing: string[];
	    rows: CSVRow[];
	    skipped: CSVSkippedRow[];
	    total: number;
	    good: number;
	    bad: number;
	    contacts: number;
	    remembered: boolean;
	    mapping: CSVMapping;
	
	    static createFrom(source: any = {}) {
	        return new CSVPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.kind = source["kind"];
	        this.encoding = source["encoding"];
	        this.delimiter = source["delimiter"];
	        this.columns = this.convertValues(source["columns"], CSVColumn);
	        this.fields = this.convertValues(source["fields"], CSVChoice);
	        this.statuses = this.convertValues(source["statuses"], CSVStatus);
	        this.targets = this.convertValues(source["targets"], CSVChoice);
	        this.dateOrder = source["dateOrder"];
	        this.dateReason = source["dateReason"];
	        this.missing = source["missing"];
	        this.rows = this.convertValues(source["rows"], CSVRow);
	        this.skipped = this.convertValues(source["skipped"], CSVSkippedRow);
	        this.total = source["total"];
	        this.good = source["good"];
	        this.bad = source["bad"];
	        this.contacts = source["contacts"];
	        this.remembered = source["remembered"];
	        this.mapping = this.convertValues(source["mapping"], CSVMapping);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CSVRow {
	    line: number;
	    company: string;
	    title: string;
	    stage: string;
	    outcome: string;
	    dateApplied: string;
	    location: string;
	    url: string;
	    contacts: string[];
	
	    static createFrom(source: any = {}) {
	        return new CSVRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.company = source["company"];
	        this.title = source["title"];
	        this.stage = source["stage"];
	        this.outcome = source["outcome"];
	        this.dateApplied = source["dateApplied"];
	        this.location = source["location"];
	        this.url = source["url"];
	        this.contacts = source["contacts"];
	    }
	}
	export class CSVSkippedRow {
	    line: number;
	    problems: string[];
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new CSVSkippedRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.problems = source["problems"];
	        this.text = source["text"];
	    }
	}
	export class CSVStatus {
	    status: string;
	    count: number;
	    target: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new CSVStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.count = source["count"];
	        this.target = source["target"];
	        this.reason = source["reason"];
	    }
	}
	export class CSVStatusChoice {
	    status: string;
	    target: string;
	
	    static createFrom(source: any = {}) {
	        return new CSVStatusChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.target = source["target"];
	    }
	}
	export class CVFile {
	    fileName: string;
	    mediaType: string;
	    data: number[];
	
	    static createFrom(source: any = {}) {
	        return new CVFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.mediaType = source["mediaType"];
	        this.data = source["data"];
	    }
	}
	export class Card {
	    id: number;
	    company: string;
	    title: string;
	    stageId: number;
	    outcome: string;
	    priority: number;
	    tags: string[];
	    location: string;
	    remote: string;
	    salary: Salary;
	    dateApplied: string;
	
	    static createFrom(source: any = {}) {
	        return new Card(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.company = source["company"];
	        this.title = source["title"];
	        this.stageId = source["stageId"];
	        this.outcome = source["outcome"];
	        this.priority = source["priority"];
	        this.tags = source["tags"];
	        this.location = source["location"];
	        this.remote = source["remote"];
	        this.salary = this.convertValues(source["salary"], Salary);
	        this.dateApplied = source["dateApplied"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CardList {
	    items: Card[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new CardList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Card);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Certificate {
	    name?: string;
	    date?: string;
	    issuer?: string;
	    url?: string;
	
	    static createFrom(source: any = {}) {
	        return new Certificate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.date = source["date"];
	        this.issuer = source["issuer"];
	        this.url = source["url"];
	    }
	}
	export class Contact {
	    id: number;
	    name: string;
	    role: string;
	    company: string;
	    email: string;
	    phone: string;
	    profileUrl: string;
	    notes: string;
	    applicationIds: number[];
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Contact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.company = source["company"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.profileUrl = source["profileUrl"];
	        this.notes = source["notes"];
	        this.applicationIds = source["applicationIds"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Duplicate {
	    application: Application;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Duplicate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.application = this.convertValues(source["application"], Application);
	        this.reason = source["reason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DuplicateQuery {
	    company: string;
	    title: string;
	    url: string;
	    excludeId: number;
	
	    static createFrom(source: any = {}) {
	        return new DuplicateQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.company = source["company"];
	        this.title = source["title"];
	        this.url = source["url"];
	        this.excludeId = source["excludeId"];
	    }
	}
	export class Education {
	    institution?: string;
	    url?: string;
	    area?: string;
	    studyType?: string;
	    startDate?: string;
	    endDate?: string;
	    score?: string;
	    courses?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Education(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.institution = source["institution"];
	        this.url = source["url"];
	        this.area = source["area"];
	        this.studyType = source["studyType"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.score = source["score"];
	        this.courses = source["courses"];
	    }
	}
	export class Error {
	    code: string;
	    field?: string;
	    message: string;
	    conflicts?: FieldConflict[];
	
	    static createFrom(source: any = {}) {
	        return new Error(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.field = source["field"];
	        this.message = source["message"];
	        this.conflicts = this.convertValues(source["conflicts"], FieldConflict);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Event {
	    id: number;
	    applicationId: number;
	    kind: string;
	    from: string;
	    to: string;
	    // Go type: time
	    at: any;
	    estimated: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Event(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.applicationId = source["applicationId"];
	        this.kind = source["kind"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.at = this.convertValues(source["at"], null);
	        this.estimated = source["estimated"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FieldConflict {
	    field: string;
	    theirs: any;
	    yours: any;
	
	    static createFrom(source: any = {}) {
	        return new FieldConflict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.theirs = source["theirs"];
	        this.yours = source["yours"];
	    }
	}
	export class Generation {
	    id: number;
	    applicationId: number;
	    task: string;
	    provider: string;
	    model: string;
	    format: string;
	    inputDigest: string;
	    promptVersion: string;
	    redacted: boolean;
	    partial: boolean;
	    error?: string;
	    text: string;
	    version: number;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Generation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.applicationId = source["applicationId"];
	        this.task = source["task"];
	        this.provider = source["provider"];
	        this.model = source["model"];
	        this.format = source["format"];
	        this.inputDigest = source["inputDigest"];
	        this.promptVersion = source["promptVersion"];
	        this.redacted = source["redacted"];
	        this.partial = source["partial"];
	        this.error = source["error"];
	        this.text = source["text"];
	        this.version = source["version"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class GenerationVersion {
	    generationId: number;
	    version: number;
	    text: string;
	    author: string;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new GenerationVersion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.generationId = source["generationId"];
	        this.version = source["version"];
	        this.text = source["text"];
	        this.author = source["author"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Interest {
	    name?: string;
	    keywords?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Interest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.keywords = source["keywords"];
	    }
	}
	export class Interview {
	    key: string;
	    title: string;
	    // Go type: time
	    start: any;
	    // Go type: time
	    end: any;
	    allDay: boolean;
	    location: string;
	    meetingUrl: string;
	    source: string;
	    kind: string;
	    timeZone: string;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new Interview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.start = this.convertValues(source["start"], null);
	        this.end = this.convertValues(source["end"], null);
	        this.allDay = source["allDay"];
	        this.location = source["location"];
	        this.meetingUrl = source["meetingUrl"];
	        this.source = source["source"];
	        this.kind = source["kind"];
	        this.timeZone = source["timeZone"];
	        this.notes = source["notes"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InterviewInput {
	    applicationId: number;
	    date: string;
	    time: string;
	    timeZone: string;
	    minutes: number;
	    kind: string;
	    title: string;
	    link: string;
	    location: string;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new InterviewInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.applicationId = source["applicationId"];
	        this.date = source["date"];
	        this.time = source["time"];
	        this.timeZone = source["timeZone"];
	        this.minutes = source["minutes"];
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.link = source["link"];
	        this.location = source["location"];
	        this.notes = source["notes"];
	    }
	}
	export class Language {
	    language?: string;
	    fluency?: string;
	
	    static createFrom(source: any = {}) {
	        return new Language(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.fluency = source["fluency"];
	    }
	}
	export class LedgerEntry {
	    id: number;
	    // Go type: time
	    at: any;
	    provider: string;
	    host: string;
	    model: string;
	    task: string;
	    bytesSent: number;
	    bytesReceived: number;
	    status: string;
	    error?: string;
	    redacted: boolean;
	    placeholders: string[];
	    method: string;
	    url: string;
	    durationMs: number;
	
	    static createFrom(source: any = {}) {
	        return new LedgerEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = this.convertValues(source["at"], null);
	        this.provider = source["provider"];
	        this.host = source["host"];
	        this.model = source["model"];
	        this.task = source["task"];
	        this.bytesSent = source["bytesSent"];
	        this.bytesReceived = source["bytesReceived"];
	        this.status = source["status"];
	        this.error = source["error"];
	        this.redacted = source["redacted"];
	        this.placeholders = source["placeholders"];
	        this.method = source["method"];
	        this.url = source["url"];
	        this.durationMs = source["durationMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ListQuery {
	    search: string;
	    stageIds: number[];
	    stage: string;
	    outcomes: string[];
	    tag: string;
	    appliedFrom: string;
	    appliedTo: string;
	    sort: string;
	    desc: boolean;
	    limit: number;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new ListQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.stageIds = source["stageIds"];
	        this.stage = source["stage"];
	        this.outcomes = source["outcomes"];
	        this.tag = source["tag"];
	        this.appliedFrom = source["appliedFrom"];
	        this.appliedTo = source["appliedTo"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.limit = source["limit"];
	        this.offset = source["offset"];
	    }
	}
	export class ListResult {
	    items: Application[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ListResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Application);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Location {
	    address?: string;
	    postalCode?: string;
	    city?: string;
	    countryCode?: string;
	    region?: string;
	
	    static createFrom(source: any = {}) {
	        return new Location(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.address = source["address"];
	        this.postalCode = source["postalCode"];
	        this.city = source["city"];
	        this.countryCode = source["countryCode"];
	        this.region = source["region"];
	    }
	}
	export class MailConfirm {
	    id: number;
	    kind: string;
	    applicationId: number;
	    newApplication: boolean;
	    company: string;
	    title: string;
	    interviewStart: string;
	    slot: number;
	
	    static createFrom(source: any = {}) {
	        return new MailConfirm(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.applicationId = source["applicationId"];
	        this.newApplication = source["newApplication"];
	        this.company = source["company"];
	        this.title = source["title"];
	        this.interviewStart = source["interviewStart"];
	        this.slot = source["slot"];
	    }
	}
	export class MailFacts {
	    company: string;
	    title: string;
	    requisition: string;
	    platform: string;
	    language: string;
	    interview?: MailSlot;
	    slots: MailSlot[];
	
	    static createFrom(source: any = {}) {
	        return new MailFacts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.company = source["company"];
	        this.title = source["title"];
	        this.requisition = source["requisition"];
	        this.platform = source["platform"];
	        this.language = source["language"];
	        this.interview = this.convertValues(source["interview"], MailSlot);
	        this.slots = this.convertValues(source["slots"], MailSlot);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailFolderState {
	    folder: string;
	    uidValidity: number;
	    lastUid: number;
	    // Go type: time
	    lastSync: any;
	
	    static createFrom(source: any = {}) {
	        return new MailFolderState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	        this.uidValidity = source["uidValidity"];
	        this.lastUid = source["lastUid"];
	        this.lastSync = this.convertValues(source["lastSync"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailMatch {
	    applicationId: number;
	    company: string;
	    title: string;
	    stage: string;
	    outcome: string;
	    confidence: number;
	    reasons: string[];
	
	    static createFrom(source: any = {}) {
	        return new MailMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.applicationId = source["applicationId"];
	        this.company = source["company"];
	        this.title = source["title"];
	        this.stage = source["stage"];
	        this.outcome = source["outcome"];
	        this.confidence = source["confidence"];
	        this.reasons = source["reasons"];
	    }
	}
	export class MailMessage {
	    id: number;
	    messageId: string;
	    fromName: string;
	    fromEmail: string;
	    // Go type: time
	    date: any;
	    subject: string;
	    snippet: string;
	    fullText: string;
	    kind: string;
	    confidence: number;
	    reasons: string[];
	    facts: MailFacts;
	    match?: MailMatch;
	    status: string;
	    origin: string;
	    source: string;
	    // Go type: time
	    importedAt: any;
	    // Go type: time
	    decidedAt?: any;
	
	    static createFrom(source: any = {}) {
	        return new MailMessage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.messageId = source["messageId"];
	        this.fromName = source["fromName"];
	        this.fromEmail = source["fromEmail"];
	        this.date = this.convertValues(source["date"], null);
	        this.subject = source["subject"];
	        this.snippet = source["snippet"];
	        this.fullText = source["fullText"];
	        this.kind = source["kind"];
	        this.confidence = source["confidence"];
	        this.reasons = source["reasons"];
	        this.facts = this.convertValues(source["facts"], MailFacts);
	        this.match = this.convertValues(source["match"], MailMatch);
	        this.status = source["status"];
	        this.origin = source["origin"];
	        this.source = source["source"];
	        this.importedAt = this.convertValues(source["importedAt"], null);
	        this.decidedAt = this.convertValues(source["decidedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailSlot {
	    // Go type: time
	    start: any;
	    // Go type: time
	    end: any;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new MailSlot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = this.convertValues(source["start"], null);
	        this.end = this.convertValues(source["end"], null);
	        this.text = source["text"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Note {
	    id: number;
	    applicationId: number;
	    body: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Note(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.applicationId = source["applicationId"];
	        this.body = source["body"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Profile {
	    basics: Basics;
	    work?: Work[];
	    volunteer?: Volunteer[];
	    education?: Education[];
	    awards?: Award[];
	    certificates?: Certificate[];
	    publications?: Publication[];
	    skills?: Skill[];
	    languages?: Language[];
	    interests?: Interest[];
	    references?: Reference[];
	    projects?: Project[];
	
	    static createFrom(source: any = {}) {
	        return new Profile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.basics = this.convertValues(source["basics"], Basics);
	        this.work = this.convertValues(source["work"], Work);
	        this.volunteer = this.convertValues(source["volunteer"], Volunteer);
	        this.education = this.convertValues(source["education"], Education);
	        this.awards = this.convertValues(source["awards"], Award);
	        this.certificates = this.convertValues(source["certificates"], Certificate);
	        this.publications = this.convertValues(source["publications"], Publication);
	        this.skills = this.convertValues(source["skills"], Skill);
	        this.languages = this.convertValues(source["languages"], Language);
	        this.interests = this.convertValues(source["interests"], Interest);
	        this.references = this.convertValues(source["references"], Reference);
	        this.projects = this.convertValues(source["projects"], Project);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Project {
	    name?: string;
	    description?: string;
	    highlights?: string[];
	    keywords?: string[];
	    startDate?: string;
	    endDate?: string;
	    url?: string;
	    roles?: string[];
	    entity?: string;
	    type?: string;
	
	    static createFrom(source: any = {}) {
	        return new Project(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.description = source["description"];
	        this.highlights = source["highlights"];
	        this.keywords = source["keywords"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.url = source["url"];
	        this.roles = source["roles"];
	        this.entity = source["entity"];
	        this.type = source["type"];
	    }
	}
	export class Publication {
	    name?: string;
	    publisher?: string;
	    releaseDate?: string;
	    url?: string;
	    summary?: string;
	
	    static createFrom(source: any = {}) {
	        return new Publication(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.publisher = source["publisher"];
	        this.releaseDate = source["releaseDate"];
	        this.url = source["url"];
	        this.summary = source["summary"];
	    }
	}
	export class Reference {
	    name?: string;
	    reference?: string;
	
	    static createFrom(source: any = {}) {
	        return new Reference(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.reference = source["reference"];
	    }
	}
	export class Salary {
	    min: number;
	    max: number;
	    currency: string;
	    period: string;
	
	    static createFrom(source: any = {}) {
	        return new Salary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.min = source["min"];
	        this.max = source["max"];
	        this.currency = source["currency"];
	        this.period = source["period"];
	    }
	}
	export class Signals {
	    id: number;
	    nextInterview: string;
	    nextInterviewTitle: string;
	    followUpDue: string;
	    followUpsDue: number;
	
	    static createFrom(source: any = {}) {
	        return new Signals(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nextInterview = source["nextInterview"];
	        this.nextInterviewTitle = source["nextInterviewTitle"];
	        this.followUpDue = source["followUpDue"];
	        this.followUpsDue = source["followUpsDue"];
	    }
	}
	export class Skill {
	    name?: string;
	    level?: string;
	    keywords?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Skill(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.level = source["level"];
	        this.keywords = source["keywords"];
	    }
	}
	export class SocialProfile {
	    network?: string;
	    username?: string;
	    url?: string;
	
	    static createFrom(source: any = {}) {
	        return new SocialProfile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.network = source["network"];
	        this.username = source["username"];
	        this.url = source["url"];
	    }
	}
	export class Stage {
	    id: number;
	    name: string;
	    position: number;
	
	    static createFrom(source: any = {}) {
	        return new Stage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.position = source["position"];
	    }
	}
	export class Task {
	    id: number;
	    applicationId: number;
	    title: string;
	    due: string;
	    done: boolean;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    company: string;
	    applicationTitle: string;
	
	    static createFrom(source: any = {}) {
	        return new Task(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.applicationId = source["applicationId"];
	        this.title = source["title"];
	        this.due = source["due"];
	        this.done = source["done"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.company = source["company"];
	        this.applicationTitle = source["applicationTitle"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Volunteer {
	    organization?: string;
	    position?: string;
	    url?: string;
	    startDate?: string;
	    endDate?: string;
	    summary?: string;
	    highlights?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Volunteer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.organization = source["organization"];
	        this.position = source["position"];
	        this.url = source["url"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.summary = source["summary"];
	        this.highlights = source["highlights"];
	    }
	}
	export class Work {
	    name?: string;
	    location?: string;
	    description?: string;
	    position?: string;
	    url?: string;
	    startDate?: string;
	    endDate?: string;
	    summary?: string;
	    highlights?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Work(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.location = source["location"];
	        this.description = source["description"];
	        this.position = source["position"];
	        this.url = source["url"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.summary = source["summary"];
	        this.highlights = source["highlights"];
	    }
	}

}

export namespace nativehost {
	
	export class BrowserState {
	    name: string;
	    found: boolean;
	    state: string;
	    manifestPath: string;
	    starts: string;
	
	    static createFrom(source: any = {}) {
	        return new BrowserState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.found = source["found"];
	        this.state = source["state"];
	        this.manifestPath = source["manifestPath"];
	        this.starts = source["starts"];
	    }
	}
	export class BrowserStatus {
	    browsers: BrowserState[];
	    extensionDir: string;
	    chromeExtensionId: string;
	    firefoxExtensionId: string;
	
	    static createFrom(source: any = {}) {
	        return new BrowserStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.browsers = this.convertValues(source["browsers"], BrowserState);
	        this.extensionDir = source["extensionDir"];
	        this.chromeExtensionId = source["chromeExtensionId"];
	        this.firefoxExtensionId = source["firefoxExtensionId"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace service {
	
	export class About {
	    version: string;
	    commit: string;
	    buildDate: string;
	    goVersion: string;
	    releases: string;
	
	    static createFrom(source: any = {}) {
	        return new About(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.commit = source["commit"];
	        this.buildDate = source["buildDate"];
	        this.goVersion = source["goVersion"];
	        this.releases = source["releases"];
	    }
	}
	export class CVImport {
	    version: CVVersion;
	    created: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CVImport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = this.convertValues(source["version"], CVVersion);
	        this.created = source["created"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CVVersion {
	    id: number;
	    label: string;
	    fileName: string;
	    mediaType: string;
	    size: number;
	    sha256: string;
	    notACV: boolean;
	    profile: model.Profile;
	    fields: cvparse.Field[];
	    warnings: string[];
	    applications: number[];
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new CVVersion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.label = source["label"];
	        this.fileName = source["fileName"];
	        this.mediaType = source["mediaType"];
	        this.size = source["size"];
	        this.sha256 = source["sha256"];
	        this.notACV = source["notACV"];
	        this.profile = this.convertValues(source["profile"], model.Profile);
	        this.fields = this.convertValues(source["fields"], cvparse.Field);
	        this.warnings = source["warnings"];
	        this.applications = source["applications"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CalendarStatus {
	    state: string;
	    message: string;
	    lastSync: string;
	    persistent: boolean;
	    clientId: string;
	    syncIntervalMinutes: number;
	    syncing: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CalendarStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.state = source["state"];
	        this.message = source["message"];
	        this.lastSync = source["lastSync"];
	        this.persistent = source["persistent"];
	        this.clientId = source["clientId"];
	        this.syncIntervalMinutes = source["syncIntervalMinutes"];
	        this.syncing = source["syncing"];
	    }
	}
	export class Candidate {
	    applicationId: number;
	    company: string;
	    title: string;
	    stage: string;
	    confidence: number;
	    reasons: string[];
	
	    static createFrom(source: any = {}) {
	        return new Candidate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.applicationId = source["applicationId"];
	        this.company = source["company"];
	        this.title = source["title"];
	        this.stage = source["stage"];
	        this.confidence = source["confidence"];
	        this.reasons = source["reasons"];
	    }
	}
	export class Confirmation {
	    interview: Interview;
	    suggestStage?: string;
	    suggestStageId?: number;
	
	    static createFrom(source: any = {}) {
	        return new Confirmation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.interview = this.convertValues(source["interview"], Interview);
	        this.suggestStage = source["suggestStage"];
	        this.suggestStageId = source["suggestStageId"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DataInfo {
	    dataDir: string;
	    dbPath: string;
	    dbBytes: number;
	    schemaVersion: number;
	    applications: number;
	    notes: number;
	    contacts: number;
	    tasks: number;
	    version: string;
	
	    static createFrom(source: any = {}) {
	        return new DataInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dataDir = source["dataDir"];
	        this.dbPath = source["dbPath"];
	        this.dbBytes = source["dbBytes"];
	        this.schemaVersion = source["schemaVersion"];
	        this.applications = source["applications"];
	        this.notes = source["notes"];
	        this.contacts = source["contacts"];
	        this.tasks = source["tasks"];
	        this.version = source["version"];
	    }
	}
	export class Destination {
	    provider: string;
	    baseURL: string;
	    origin: string;
	    kind: string;
	    redacted: boolean;
	    keySource: string;
	    keyName: string;
	    keyEnv: string;
	    confirmed: boolean;
	    changes: string[];
	
	    static createFrom(source: any = {}) {
	        return new Destination(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.baseURL = source["baseURL"];
	        this.origin = source["origin"];
	        this.kind = source["kind"];
	        this.redacted = source["redacted"];
	        this.keySource = source["keySource"];
	        this.keyName = source["keyName"];
	        this.keyEnv = source["keyEnv"];
	        this.confirmed = source["confirmed"];
	        this.changes = source["changes"];
	    }
	}
	export class DisconnectReport {
	    revoked: boolean;
	    warning?: string;
	    eventsDeleted: number;
	
	    static createFrom(source: any = {}) {
	        return new DisconnectReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.revoked = source["revoked"];
	        this.warning = source["warning"];
	        this.eventsDeleted = source["eventsDeleted"];
	    }
	}
	export class ExportReport {
	    path: string;
	    applications: number;
	    notes: number;
	    contacts: number;
	    tasks: number;
	    unreadable: string[];
	
	    static createFrom(source: any = {}) {
	        return new ExportReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.applications = source["applications"];
	        this.notes = source["notes"];
	        this.contacts = source["contacts"];
	        this.tasks = source["tasks"];
	        this.unreadable = source["unreadable"];
	    }
	}
	export class FoundSetting {
	    id: string;
	    kind: string;
	    label: string;
	    value: string;
	    current: string;
	    baseURL?: string;
	    keyEnv?: string;
	    warning?: string;
	    problem?: string;
	
	    static createFrom(source: any = {}) {
	        return new FoundSetting(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.label = source["label"];
	        this.value = source["value"];
	        this.current = source["current"];
	        this.baseURL = source["baseURL"];
	        this.keyEnv = source["keyEnv"];
	        this.warning = source["warning"];
	        this.problem = source["problem"];
	    }
	}
	export class ICSImport {
	    path: string;
	    read: number;
	    skipped: number;
	    events: number;
	    interviews: number;
	    matched: number;
	    added: number;
	    updated: number;
	    deleted: number;
	    warnings: string[];
	    notRepeated: number;
	    leftOut: number;
	    leftOutMore: boolean;
	    occurrenceCap: number;
	
	    static createFrom(source: any = {}) {
	        return new ICSImport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.read = source["read"];
	        this.skipped = source["skipped"];
	        this.events = source["events"];
	        this.interviews = source["interviews"];
	        this.matched = source["matched"];
	        this.added = source["added"];
	        this.updated = source["updated"];
	        this.deleted = source["deleted"];
	        this.warnings = source["warnings"];
	        this.notRepeated = source["notRepeated"];
	        this.leftOut = source["leftOut"];
	        this.leftOutMore = source["leftOutMore"];
	        this.occurrenceCap = source["occurrenceCap"];
	    }
	}
	export class ImportReport {
	    path: string;
	    kind: string;
	    applications: number;
	    notes: number;
	    contacts: number;
	    tasks: number;
	    stages: number;
	    other: number;
	    skipped: number;
	    settings: FoundSetting[];
	    settingsToken: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.kind = source["kind"];
	        this.applications = source["applications"];
	        this.notes = source["notes"];
	        this.contacts = source["contacts"];
	        this.tasks = source["tasks"];
	        this.stages = source["stages"];
	        this.other = source["other"];
	        this.skipped = source["skipped"];
	        this.settings = this.convertValues(source["settings"], FoundSetting);
	        this.settingsToken = source["settingsToken"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Interview {
	    key: string;
	    source: string;
	    title: string;
	    // Go type: time
	    start: any;
	    // Go type: time
	    end: any;
	    allDay: boolean;
	    location?: string;
	    meetingUrl?: string;
	    organizer?: calendar.Person;
	    attendees: calendar.Person[];
	    confidence: number;
	    reasons: string[];
	    kind: string;
	    confirmed: boolean;
	    application?: model.Application;
	    company?: string;
	    contacts: model.Contact[];
	
	    static createFrom(source: any = {}) {
	        return new Interview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.source = source["source"];
	        this.title = source["title"];
	        this.start = this.convertValues(source["start"], null);
	        this.end = this.convertValues(source["end"], null);
	        this.allDay = source["allDay"];
	        this.location = source["location"];
	        this.meetingUrl = source["meetingUrl"];
	        this.organizer = this.convertValues(source["organizer"], calendar.Person);
	        this.attendees = this.convertValues(source["attendees"], calendar.Person);
	        this.confidence = source["confidence"];
	        this.reasons = source["reasons"];
	        this.kind = source["kind"];
	        this.confirmed = source["confirmed"];
	        this.application = this.convertValues(source["application"], model.Application);
	        this.company = source["company"];
	        this.contacts = this.convertValues(source["contacts"], model.Contact);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class JobDraft {
	    title: string;
	    company: string;
	    location: string;
	    remote: string;
	    salary: model.Salary;
	    description: string;
	    url: string;
	    deadline: string;
	    from: string;
	    sources: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new JobDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.company = source["company"];
	        this.location = source["location"];
	        this.remote = source["remote"];
	        this.salary = this.convertValues(source["salary"], model.Salary);
	        this.description = source["description"];
	        this.url = source["url"];
	        this.deadline = source["deadline"];
	        this.from = source["from"];
	        this.sources = source["sources"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KeyStatus {
	    provider: string;
	    stored: boolean;
	    persistent: boolean;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new KeyStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.stored = source["stored"];
	        this.persistent = source["persistent"];
	        this.message = source["message"];
	    }
	}
	export class MailAccount {
	    configured: boolean;
	    host: string;
	    port: number;
	    security: string;
	    user: string;
	    folders: string[];
	    sinceDays: number;
	    intervalMinutes: number;
	    passwordSaved: boolean;
	    passwordRemembered: boolean;
	    keychainAvailable: boolean;
	    lastSync: string;
	    lastAttempt: string;
	    lastError: string;
	    syncing: boolean;
	    folderStates: model.MailFolderState[];
	
	    static createFrom(source: any = {}) {
	        return new MailAccount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.configured = source["configured"];
	        this.host = source["host"];
	        this.port = source["port"];
	        this.security = source["security"];
	        this.user = source["user"];
	        this.folders = source["folders"];
	        this.sinceDays = source["sinceDays"];
	        this.intervalMinutes = source["intervalMinutes"];
	        this.passwordSaved = source["passwordSaved"];
	        this.passwordRemembered = source["passwordRemembered"];
	        this.keychainAvailable = source["keychainAvailable"];
	        this.lastSync = source["lastSync"];
	        this.lastAttempt = source["lastAttempt"];
	        this.lastError = source["lastError"];
	        this.syncing = source["syncing"];
	        this.folderStates = this.convertValues(source["folderStates"], model.MailFolderState);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailAccountInput {
	    host: string;
	    port: number;
	    security: string;
	    user: string;
	    password: string;
	    rememberPassword: boolean;
	    folders: string[];
	    sinceDays: number;
	    intervalMinutes: number;
	
	    static createFrom(source: any = {}) {
	        return new MailAccountInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.host = source["host"];
	        this.port = source["port"];
	        this.security = source["security"];
	        this.user = source["user"];
	        this.password = source["password"];
	        this.rememberPassword = source["rememberPassword"];
	        this.folders = source["folders"];
	        this.sinceDays = source["sinceDays"];
	        this.intervalMinutes = source["intervalMinutes"];
	    }
	}
	export class MailAccountTest {
	    message: string;
	    folders: imapread.FolderInfo[];
	    available: string[];
	
	    static createFrom(source: any = {}) {
	        return new MailAccountTest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.message = source["message"];
	        this.folders = this.convertValues(source["folders"], imapread.FolderInfo);
	        this.available = source["available"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailBroken {
	    source: string;
	    position: number;
	    error: string;
	
	    static createFrom(source: any = {}) {
	        return new MailBroken(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.position = source["position"];
	        this.error = source["error"];
	    }
	}
	export class MailBulkResult {
	    confirmed: model.MailMessage[];
	    failed: MailFailure[];
	
	    static createFrom(source: any = {}) {
	        return new MailBulkResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.confirmed = this.convertValues(source["confirmed"], model.MailMessage);
	        this.failed = this.convertValues(source["failed"], MailFailure);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailFailure {
	    id: number;
	    subject: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new MailFailure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.subject = source["subject"];
	        this.message = source["message"];
	    }
	}
	export class MailFolderReport {
	    folder: string;
	    new: number;
	    skippedParts: number;
	    reset: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MailFolderReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	        this.new = source["new"];
	        this.skippedParts = source["skippedParts"];
	        this.reset = source["reset"];
	    }
	}
	export class MailImportReport {
	    read: number;
	    kept: number;
	    autoApplied: number;
	    known: number;
	    other: number;
	    broken: MailBroken[];
	    cancelled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MailImportReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.read = source["read"];
	        this.kept = source["kept"];
	        this.autoApplied = source["autoApplied"];
	        this.known = source["known"];
	        this.other = source["other"];
	        this.broken = this.convertValues(source["broken"], MailBroken);
	        this.cancelled = source["cancelled"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailPasteResult {
	    kept: boolean;
	    known: boolean;
	    message?: model.MailMessage;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new MailPasteResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kept = source["kept"];
	        this.known = source["known"];
	        this.message = this.convertValues(source["message"], model.MailMessage);
	        this.kind = source["kind"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailSettings {
	    keepFullText: boolean;
	    autoApply: boolean;
	    autoApplyAbove: number;
	
	    static createFrom(source: any = {}) {
	        return new MailSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.keepFullText = source["keepFullText"];
	        this.autoApply = source["autoApply"];
	        this.autoApplyAbove = source["autoApplyAbove"];
	    }
	}
	export class MailSyncReport {
	    folders: MailFolderReport[];
	    fetched: number;
	    kept: number;
	    known: number;
	    notJob: number;
	    broken: number;
	
	    static createFrom(source: any = {}) {
	        return new MailSyncReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folders = this.convertValues(source["folders"], MailFolderReport);
	        this.fetched = source["fetched"];
	        this.kept = source["kept"];
	        this.known = source["known"];
	        this.notJob = source["notJob"];
	        this.broken = source["broken"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Preferences {
	    theme: string;
	    closedCards: string;
	    notifications: boolean;
	    nudge: boolean;
	    nudgeDays: number;
	    weeklyGoal: number;
	
	    static createFrom(source: any = {}) {
	        return new Preferences(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.theme = source["theme"];
	        this.closedCards = source["closedCards"];
	        this.notifications = source["notifications"];
	        this.nudge = source["nudge"];
	        this.nudgeDays = source["nudgeDays"];
	        this.weeklyGoal = source["weeklyGoal"];
	    }
	}
	export class Preview {
	    task: string;
	    provider: string;
	    model: string;
	    kind: string;
	    url: string;
	    destination: Destination;
	    redacted: boolean;
	    placeholders: string[];
	    tokens: number;
	    omitted: string[];
	    promptVersion: string;
	    inputDigest: string;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.task = source["task"];
	        this.provider = source["provider"];
	        this.model = source["model"];
	        this.kind = source["kind"];
	        this.url = source["url"];
	        this.destination = this.convertValues(source["destination"], Destination);
	        this.redacted = source["redacted"];
	        this.placeholders = source["placeholders"];
	        this.tokens = source["tokens"];
	        this.omitted = source["omitted"];
	        this.promptVersion = source["promptVersion"];
	        this.inputDigest = source["inputDigest"];
	        this.body = source["body"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Proposal {
	    key: string;
	    title: string;
	    // Go type: time
	    start: any;
	    // Go type: time
	    end: any;
	    meetingUrl?: string;
	    isInterview: boolean;
	    confidence: number;
	    reasons: string[];
	    candidates: Candidate[];
	
	    static createFrom(source: any = {}) {
	        return new Proposal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.start = this.convertValues(source["start"], null);
	        this.end = this.convertValues(source["end"], null);
	        this.meetingUrl = source["meetingUrl"];
	        this.isInterview = source["isInterview"];
	        this.confidence = source["confidence"];
	        this.reasons = source["reasons"];
	        this.candidates = this.convertValues(source["candidates"], Candidate);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ProviderInfo {
	    provider: llm.Provider;
	    default: boolean;
	    keySource: string;
	    destination: Destination;
	
	    static createFrom(source: any = {}) {
	        return new ProviderInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = this.convertValues(source["provider"], llm.Provider);
	        this.default = source["default"];
	        this.keySource = source["keySource"];
	        this.destination = this.convertValues(source["destination"], Destination);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RunOptions {
	    provider: string;
	    options: assist.Options;
	    budget: number;
	
	    static createFrom(source: any = {}) {
	        return new RunOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.options = this.convertValues(source["options"], assist.Options);
	        this.budget = source["budget"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StartupStatus {
	    problem: string;
	    message: string;
	    advice: string;
	    path: string;
	    backups: model.BackupInfo[];
	    backupDir: string;
	    readOnly: string;
	    restored: string;
	    keptAs: string;
	
	    static createFrom(source: any = {}) {
	        return new StartupStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.problem = source["problem"];
	        this.message = source["message"];
	        this.advice = source["advice"];
	        this.path = source["path"];
	        this.backups = this.convertValues(source["backups"], model.BackupInfo);
	        this.backupDir = source["backupDir"];
	        this.readOnly = source["readOnly"];
	        this.restored = source["restored"];
	        this.keptAs = source["keptAs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SyncReport {
	    calendars: number;
	    received: number;
	    added: number;
	    updated: number;
	    deleted: number;
	    interviews: number;
	    matched: number;
	    fullResync: boolean;
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new SyncReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.calendars = source["calendars"];
	        this.received = source["received"];
	        this.added = source["added"];
	        this.updated = source["updated"];
	        this.deleted = source["deleted"];
	        this.interviews = source["interviews"];
	        this.matched = source["matched"];
	        this.fullResync = source["fullResync"];
	        this.warnings = source["warnings"];
	    }
	}
	export class TemplateInfo {
	    task: string;
	    json: boolean;
	    default: string;
	    override: string;
	
	    static createFrom(source: any = {}) {
	        return new TemplateInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.task = source["task"];
	        this.json = source["json"];
	        this.default = source["default"];
	        this.override = source["override"];
	    }
	}

}
