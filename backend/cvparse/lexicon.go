package cvparse

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// kind is the kind of a CV section.
type kind int

const (
	kindNone kind = iota
	kindSummary
	kindWork
	kindEducation
	kindSkills
	kindProjects
	kindCertificates
	kindLanguages
	kindAwards
	kindVolunteer
	kindPublications
	kindInterests
	kindReferences
	kindContact
	kindOther
)

var kindNames = [...]string{"none", "summary", "work", "education", "skills", "projects", "certificates", "languages", "awards", "volunteer",
	"publications", "interests", "references", "contact", "other"}

func (k kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "other"
}

// headings maps normalised heading wordings to section kinds. Wordings are
// lower case with accents kept; lookups try the whole heading, then the
// heading without filler words.
var headings = sync.OnceValue(func() map[string]kind {
	out := map[string]kind{}
	add := func(k kind, ws ...string) {
		for _, w := range ws {
			out[w] = k
		}
	}
	add(kindSummary, "summary", "professional summary", "profile", "professional profile", "about", "about me", "objective", "career objective",
		"career summary", "personal statement", "overview", "executive summary", "summary of qualifications", "introduction",
		"perfil", "resumen", "perfil profesional", "sobre mí", "sobre mi", "resumen profesional", "objetivo", "extracto", "acerca de mí",
		"profil", "kurzprofil", "über mich", "zusammenfassung", "zielsetzung", "persönliches profil",
		"profil professionnel", "résumé", "à propos", "a propos", "objectif", "présentation", "sommaire",
		"resumo", "sobre", "objetivo profissional", "perfil profissional", "resumo profissional", "apresentação")
	add(kindWork, "experience", "work experience", "professional experience", "employment", "employment history", "work history",
		"career history", "experiences", "relevant experience", "career", "professional background", "positions", "work",
		"positions held", "professional history", "industry experience", "research experience", "teaching experience",
		"experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional", "historial laboral", "experiencia vocacional",
		"berufserfahrung", "erfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "praxiserfahrung", "berufspraxis",
		"expérience", "expériences", "expérience professionnelle", "expériences professionnelles", "parcours professionnel", "emplois",
		"experiência", "experiência profissional", "experiências", "histórico profissional", "experiencia profissional")
	add(kindEducation, "education", "academic background", "education and training", "academic history", "qualifications", "academics",
		"educational background", "education & training", "studies", "academic qualifications", "training",
		"educación", "formación", "formación académica", "estudios", "formación profesional", "títulos",
		"ausbildung", "bildung", "bildungsweg", "studium", "akademischer werdegang", "schulbildung", "bildungsgang",
		"formation", "formations", "éducation", "études", "parcours académique", "diplômes", "cursus",
		"educação", "formação", "formação acadêmica", "formação académica", "escolaridade", "estudos")
	add(kindSkills, "skills", "technical skills", "core skills", "key skills", "competencies", "core competencies", "skills & expertise",
		"areas of expertise", "expertise", "technologies", "tech stack", "tools", "technical expertise", "skill set", "skillset",
		"computer skills", "it skills", "professional skills", "skills and abilities", "abilities", "strengths", "programming",
		"programming languages", "technical proficiencies", "proficiencies", "knowledge",
		"habilidades", "competencias", "conocimientos", "aptitudes", "conocimientos de computación", "conocimientos informáticos", "habilidades técnicas",
		"kenntnisse", "fähigkeiten", "kompetenzen", "fachkenntnisse", "it-kenntnisse", "edv-kenntnisse", "qualifikationen", "technische kenntnisse",
		"compétences", "compétences techniques", "savoir-faire", "connaissances", "compétences informatiques", "outils",
		"competências", "habilidades técnicas", "conhecimentos", "competências técnicas", "ferramentas")
	add(kindProjects, "projects", "personal projects", "selected projects", "key projects", "academic projects", "side projects", "project",
		"open source", "open-source", "open source projects", "research projects", "project experience",
		"proyectos", "proyectos personales", "projekte", "ausgewählte projekte", "projets", "projets personnels", "projetos", "projetos pessoais")
	add(kindCertificates, "certificates", "certifications", "certification", "licenses", "licenses & certifications", "licenses and certifications",
		"certifications & licenses", "courses", "certificates and courses", "courses & certifications", "professional development",
		"certificados", "certificaciones", "cursos", "zertifikate", "zertifizierungen", "weiterbildung", "fortbildung", "weiterbildungen",
		"certificats", "certifications professionnelles", "certificações", "certificados e cursos")
	add(kindLanguages, "languages", "language skills", "language", "spoken languages", "languages spoken",
		"idiomas", "lenguas", "sprachen", "sprachkenntnisse", "fremdsprachen", "langues", "compétences linguistiques", "línguas")
	add(kindAwards, "awards", "honors", "honours", "honors & awards", "honors and awards", "awards & honors", "awards and honors", "achievements",
		"accomplishments", "scholarships", "awards & achievements", "selected honors", "honors/awards", "honours and awards", "distinctions",
		"premios", "reconocimientos", "logros", "premios y reconocimientos", "auszeichnungen", "preise", "erfolge",
		"prix", "distinctions et prix", "récompenses", "prêmios", "prémios", "conquistas", "reconhecimentos")
	add(kindVolunteer, "volunteer", "volunteering", "volunteer experience", "volunteer work", "community service", "community involvement",
		"on campus involvement", "leadership", "leadership experience", "extracurricular activities", "activities", "involvement", "leadership & activities",
		"voluntariado", "ehrenamt", "ehrenamtliches engagement", "engagement", "bénévolat", "engagements", "engagement associatif", "voluntariado e atividades")
	add(kindPublications, "publications", "selected publications", "papers", "research", "publicaciones", "veröffentlichungen", "publikationen",
		"publications scientifiques", "publicações", "patents", "talks", "invited talks", "presentations")
	add(kindInterests, "interests", "hobbies", "hobbies and interests", "interests & hobbies", "personal interests", "hobbies & interests",
		"intereses", "aficiones", "pasatiempos", "interessen", "hobbys", "freizeit", "centres d'intérêt", "centres d’intérêt", "loisirs",
		"intérêts", "interesses", "hobbies e interesses", "passatempos")
	add(kindReferences, "references", "referees", "referencias", "referenzen", "références", "referências")
	add(kindContact, "contact", "contact information", "contact details", "personal information", "personal details", "personal data",
		"contacto", "datos personales", "información personal", "kontakt", "persönliche daten", "persönliche angaben", "kontaktdaten",
		"coordonnées", "informations personnelles", "contato", "dados pessoais", "informações pessoais", "profiles", "social", "links")
	// Chinese (simplified and traditional)
	add(kindSummary, "个人简介", "自我评价", "个人总结", "简介", "概述", "求职意向", "职业目标", "個人簡介", "自我評價")
	add(kindWork, "工作经历", "工作经验", "工作背景", "职业经历", "实习经历", "工作履历", "工作經歷", "工作經驗")
	add(kindEducation, "教育背景", "教育经历", "学历", "教育", "教育經歷", "學歷")
	add(kindSkills, "技能", "专业技能", "计算机技能", "技能特长", "个人技能", "專業技能")
	add(kindProjects, "项目经历", "项目经验", "项目", "項目經歷", "專案經歷")
	add(kindCertificates, "证书", "资格证书", "培训经历", "證書")
	add(kindLanguages, "语言", "语言能力", "语言技能", "語言能力")
	add(kindAwards, "获奖情况", "荣誉", "奖项", "获奖经历", "荣誉奖项", "獲獎經歷", "榮譽")
	add(kindVolunteer, "志愿者经历", "社会实践", "校园经历", "志願者經歷")
	add(kindPublications, "论文", "发表论文", "出版物", "論文")
	add(kindInterests, "兴趣爱好", "个人兴趣", "爱好", "興趣愛好")
	add(kindReferences, "推荐人")
	add(kindContact, "联系方式", "个人信息", "基本信息", "聯絡方式", "個人資料")
	add(kindOther, "其他")
	add(kindOther, "misceláneo", "miscellaneous", "misc", "additional information", "other", "sonstiges", "divers", "outros", "otros",
		"a day of my life", "my life philosophy", "most proud of", "strengths", "extra", "patentes")
	return out
})

var headingFiller = map[string]bool{"and": true, "&": true, "y": true, "und": true, "et": true, "e": true, "my": true, "relevant": true,
	"selected": true, "additional": true, "other": true, "key": true, "de": true, "la": true, "of": true}

// headingKind returns the section kind a short heading text names, or kindNone.
func headingKind(s string) kind {
	t := strings.ToLower(collapse(strings.Trim(s, " :|•-–_=#*")))
	t = strings.TrimSuffix(t, ":")
	if t == "" || len([]rune(t)) > 48 {
		return kindNone
	}
	if k, ok := headings()[t]; ok {
		return k
	}
	// "Work Experience & Internships", "Skills / Tools": try each part
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '&' || r == '/' || r == ',' || r == '|' || r == '+' })
	if len(parts) > 1 {
		for _, p := range parts {
			if k, ok := headings()[strings.TrimSpace(p)]; ok {
				return k
			}
		}
	}
	var ws []string
	for _, w := range strings.Fields(t) {
		if !headingFiller[w] {
			ws = append(ws, w)
		}
	}
	if k, ok := headings()[strings.Join(ws, " ")]; ok {
		return k
	}
	return kindNone
}

// headingKindLoose also accepts a heading whose last word names a section
// ("Relevant Coursework Experience", "TECHNICAL SKILLS SUMMARY" excepted):
// only for lines that look like headings by typography.
func headingKindLoose(s string) kind {
	if k := headingKind(s); k != kindNone {
		return k
	}
	ws := strings.Fields(strings.ToLower(strings.Trim(s, " :|•-–_=#*")))
	if len(ws) < 2 || len(ws) > 4 {
		return kindNone
	}
	if k, ok := headings()[ws[len(ws)-1]]; ok && ws[len(ws)-1] != "work" && ws[len(ws)-1] != "research" {
		return k
	}
	return kindNone
}

// words that mark a job title.
var titleWords = lazyWords(`engineer developer manager intern internship assistant specialist director analyst consultant founder co-founder cofounder cto `+
	`ceo cfo coo cio
lead head officer accountant coordinator administrator designer scientist researcher architect technician support associate representative clerk teacher
professor lecturer nurse student fellow owner president vp programmer editor writer executive agent sre devops partner principal staff senior junior
member chair advisor adviser tutor instructor trainee apprentice volunteer contractor freelancer freelance consultant scientist postdoc postdoctoral
receptionist secretary cashier supervisor operator worker chef cook driver recruiter auditor controller title position role
ingeniero ingeniera desarrollador desarrolladora gerente jefe jefa directora analista consultor consultora becario becaria practicante asistente
coordinador coordinadora técnico técnica profesor profesora investigador investigadora puesto responsable encargado
entwickler entwicklerin ingenieur ingenieurin leiter leiterin berater beraterin praktikant praktikantin werkstudent werkstudentin geschäftsführer
mitarbeiter mitarbeiterin projektleiter softwareentwickler referent referentin sachbearbeiter
ingénieur ingénieure développeur développeuse chef chargé chargée stagiaire directeur directrice conseiller conseillère chercheur chercheuse
desenvolvedor desenvolvedora engenheiro engenheira estagiário estagiária analista gerente diretor diretora coordenador coordenadora pesquisador`, cjkTitleWords)

// words that mark an organisation.
var orgWords = lazyWords(`inc inc. llc ltd ltd. limited gmbh ag corp corp. corporation company co co. group bank labs lab laboratory technologies technology
solutions systems services partners consulting university college school institute academy foundation agency studio studios holdings
industries associates firm hospital clinic ministry department council center centre ai ventures capital media
universidad universitat universität hochschule fachhochschule école ecole université universidade faculdade faculdad instituto escuela colegio
sa s.a. sl s.l. sas sarl ltda kg ohg plc pty société societe sociedad empresa grupo groupe gruppe
employer empleador arbeitgeber employeur empregador`, cjkOrgWords)

// words that mark an educational institution.
var institutionWords = lazyWords(`university college school institute academy polytechnic conservatory seminary institution
institución institut instituição
universidad universitat universität uni hochschule fachhochschule gymnasium realschule akademie école ecole université universidade faculdade
facultad instituto escuela colegio liceo lycée iut insa escola`, cjkInstitutionWords)

// degree markers, matched at the start of a piece or as whole words.
var degreeWords = lazyWords(`bachelor bachelors bachelor's master masters master's phd ph.d. ph.d doctor doctorate doctoral mba msc m.sc. m.sc bsc b.sc. `+
	`b.sc degree
ba b.a. bs b.s. ms m.s. ma m.a. mphil beng meng b.eng. m.eng. bba associate associate's associates diploma certificate hnd ged high-school
licenciatura licenciado licenciada grado máster master's doctorado ingeniería técnico bachillerato título diplomatura
abitur diplom magister staatsexamen promotion ausbildung fachabitur
licence master doctorat baccalauréat bac bts dut diplôme ingénieur
bacharelado licenciatura mestrado doutorado doutoramento tecnólogo técnico pós-graduação especialização mba`, cjkDegreeWords)

// Chinese words of the same kinds: Chinese writes no spaces, so they are
// found inside longer words ("清华大学" holds "大学").
const (
	cjkTitleWords       = `职位 工程师 经理 总监 主管 实习生 设计师 分析师 顾问 助理 专员 主任 教授 研究员 架构师 负责人 職位 經理`
	cjkOrgWords         = `公司 集团 银行 大学 学院 研究所 研究院 科技 有限 医院 中心 工作室 集團 銀行 大學 學院`
	cjkInstitutionWords = `大学 学院 院校 学校 中学 研究生院 研究所 大學 學院 學校`
	cjkDegreeWords      = `学位 学士 硕士 博士 本科 研究生 专科 大专 學位 學士 碩士`
)

// hasHan reports whether s holds Chinese characters.
func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// inSet reports w or, for a Chinese word, a part of it of two to four
// characters, in set.
func inSet(w string, set map[string]bool) bool {
	if set[w] || set[strings.TrimRight(w, ".")] {
		return true
	}
	if !hasHan(w) {
		return false
	}
	rs := []rune(w)
	for n := 2; n <= 4; n++ {
		for i := 0; i+n <= len(rs); i++ {
			if set[string(rs[i:i+n])] {
				return true
			}
		}
	}
	return false
}

// lazyWords is a word set built on first use (package start-up stays cheap:
// the GUI links this package too).
func lazyWords(lists ...string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return wordSet(strings.Join(lists, " ")) })
}

// lazyRegexp is a regular expression compiled on first use.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words splits s into lower-case words (letters, digits, apostrophes, dots inside).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '.' || r == '-')
	})
}

func countIn(s string, set map[string]bool) int {
	n := 0
	for _, w := range words(s) {
		w = strings.ReplaceAll(w, "’", "'")
		if inSet(w, set) {
			n++
		}
	}
	return n
}

// hasDegree reports whether s names a degree.
func hasDegree(s string) bool {
	ws := words(s)
	for i, w := range ws {
		w = strings.ReplaceAll(w, "’", "'")
		if inSet(w, degreeWords()) {
			// short ambiguous ones only at the start: "BS", "MA", "BA", "MS"
			if len(strings.Trim(w, ".")) <= 3 && i > 0 {
				continue
			}
			return true
		}
	}
	return false
}
