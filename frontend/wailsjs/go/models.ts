export namespace model {
	
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
	export class Event {
	    id: number;
	    applicationId: number;
	    kind: string;
	    from: string;
	    to: string;
	    // Go type: time
	    at: any;
	
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
	export class ApplicationDetail {
	    application: Application;
	    notes: Note[];
	    contacts: Contact[];
	    tasks: Task[];
	    events: Event[];
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

}

export namespace service {
	
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
	export class ImportReport {
	    path: string;
	    kind: string;
	    applications: number;
	    notes: number;
	    contacts: number;
	    tasks: number;
	    stages: number;
	
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
	    }
	}

}

export namespace store {
	
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

}

