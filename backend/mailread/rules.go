package mailread

// rule is one phrase that points to a kind. Phrases are matched on
// lower-cased text; weight says how sure the phrase alone is.
type rule struct {
	kind   Kind
	weight float64
	re     fastRe
}

func r(kind Kind, weight float64, pattern string) rule {
	return rule{kind: kind, weight: weight, re: newLowRe(pattern)}
}

// rules hold the phrases of each kind in English, German, French, Spanish
// and Dutch. Rejections weigh more than confirmations because a rejection
// usually also thanks the candidate for applying.
var rules = []rule{
	// rejection
	r(KindRejection, 3, `\b(unfortunately|regret to inform|regretfully|we regret|sadly,)\b`),
	r(KindRejection, 4, `not (?:to )?(?:be )?(?:moving|move|moved|proceed|proceeding|progress|progressing) (?:forward|`+
		`further|ahead)?\s*(?:with|in)? ?(?:your|you|the|filling|this)`),
	r(KindRejection, 4, `(?:decided|chosen|elected|opted) (?:not to|to (?:move|go|proceed) (?:forward|ahead) with (?:other|another|a different))`),
	r(KindRejection, 4, `(?:pursu(?:e|ing)|move forward with|moving forward with|proceed with|selected) (?:other|another|`+
		`a different|more qualified) (?:candidate|applicant)`),
	r(KindRejection, 3, `(?:more closely|better) (?:aligned|matched|suited)`),
	r(KindRejection, 4, `(?:not|n't) (?:been )?(?:selected|shortlisted|chosen)|were not selected|was not selected`),
	r(KindRejection, 4, `(?:position|role|requisition|job|vacancy|opening) (?:has|have) been (?:filled|cancel+ed|closed|`+
		`withdrawn|put on hold)|has been cancel+ed|no longer (?:available|open|being considered|under consideration|`+
		`accepting)`),
	r(KindRejection, 4, `(?:found|deemed|rated) (?:you )?(?:ineligible|not eligible|not qualified|not minimally qualified)|not referred|ineligible`),
	r(KindRejection, 2, `(?:wish|best of luck) (?:you )?(?:the best |every success |success |luck )?(?:in|with|for) your (?:job )?(?:search|`+
		`future|career)`),
	r(KindRejection, 2, `keep your (?:resume|cv|details|application) on file|will not be (?:moving|taking|considering)|`+
		`unable to (?:offer|move|proceed)|not (?:able|in a position) to offer`),
	r(KindRejection, 3, `\b(leider|bedauerlicherweise|bedauern|absage)\b`),
	r(KindRejection, 4, `(?:für (?:eine[nr]? )?andere[nr]? (?:kandidat|bewerber)|nicht (?:weiter )?berücksichtig|nicht in die engere (?:wahl|`+
		`auswahl)|anderweitig besetzt|stelle (?:ist|wurde) (?:bereits )?besetzt|keine positive (?:nachricht|`+
		`rückmeldung)|nicht weiter(?:verfolgen| zu verfolgen| fortsetzen))`),
	r(KindRejection, 2, `(?:alles gute|viel erfolg) (?:für|bei) ihre[rn]? (?:weitere[nr]?|berufliche[nr]?)|für ihre berufliche zukunft`),
	r(KindRejection, 3, `\b(malheureusement|nous regrettons|au regret)\b`),
	r(KindRejection, 4, `(?:ne (?:pas |pouvons pas |pourrons pas )?(?:donner|réserver) (?:de )?suite|pas (?:été )?retenue?|`+
		`d['’]autres? candidat|un autre candidat|profil (?:qui )?correspond(?:ait)? davantage|poste (?:a été|`+
		`est déjà) pourvu|réponse négative|pas en mesure de (?:donner|poursuivre))`),
	r(KindRejection, 2, `(?:bonne (?:continuation|chance) dans vos (?:recherches|démarches)|pleine réussite dans vos)`),
	r(KindRejection, 3, `\b(lamentablemente|desafortunadamente|lamentamos|sentimos comunicarte|sentimos informarte)\b`),
	r(KindRejection, 4, `(?:no (?:has|ha) sido (?:seleccionad|elegid)|otros? candidatos?|otra candidatura|no (?:continuar|`+
		`seguir|avanzar)(?:emos)? (?:adelante |con )|no vamos a (?:continuar|seguir|avanzar)|puesto (?:ya )?(?:ha sido|`+
		`fue) cubierto|decidido no)`),
	r(KindRejection, 2, `(?:éxito|suerte) en (?:tu|su) búsqueda`),
	r(KindRejection, 3, `\b(helaas|spijtig genoeg|afwijzing)\b`),
	r(KindRejection, 4, `(?:andere kandida(?:at|ten)|niet (?:verder|door naar|uitnodigen)|niet (?:voor|in aanmerking)|`+
		`besloten (?:om )?(?:niet|te kiezen voor)|gekozen voor (?:een )?andere|vacature is (?:al )?(?:ingevuld|`+
		`vervuld|gesloten)|geen vervolg)`),
	r(KindRejection, 2, `veel succes (?:met|bij|in) (?:je|uw) (?:zoektocht|verdere|sollicitatie|loopbaan)`),
	r(KindRejection, 4, `(?:have|has|'ve) (?:now )?(?:filled|closed|cancel+ed) (?:the|this|our) (?:position|role|opening|vacancy|search)|`+
		`(?:go|gone|went|move|proceed) (?:ahead )?with (?:another|a different|an internal) (?:candidate|applicant|person)`),
	r(KindRejection, 3, `(?:has been|have been|is|was|are) (?:put |placed )?on hold|not be (?:scheduling|conducting|`+
		`holding|arranging) (?:any )?(?:further |more )?interviews`),
	// confirmation
	r(KindConfirmation, 3, `(?:thanks?(?: you)? for (?:applying|your (?:recent )?application|submitting your application)|`+
		`we(?:'ve| have)? (?:received|got|successfully received) your (?:job )?application|application (?:has been |`+
		`was |is )?(?:received|submitted|sent|complete)|your application (?:was|has been) sent to|we got it|`+
		`successfully (?:submitted|applied))`),
	r(KindConfirmation, 2, `(?:we will|we'll|our (?:team|recruiters?) will|will be) (?:carefully )?review(?:ing|ed)? (?:your|`+
		`all)|(?:will|we'll) (?:contact|be in touch with|reach out to) you (?:if|should|in the event)|`+
		`under review`),
	r(KindConfirmation, 1, `thank you for your interest in|to view the status of your application|track (?:the status of )?your application`),
	r(KindConfirmation, 3, `(?:vielen dank|danke|herzlichen dank) (?:für|fuer) (?:ihre|deine|ihr|dein) (?:bewerbung|interesse)|`+
		`bewerbung (?:ist )?(?:bei uns )?(?:eingegangen|erhalten)|eingangsbestätigung|wir haben (?:ihre|`+
		`deine) bewerbung (?:erhalten|bekommen)`),
	r(KindConfirmation, 2, `(?:wir (?:werden|prüfen)|prüfen wir) (?:ihre|deine) (?:unterlagen|bewerbung)|wir melden uns|`+
		`melden uns (?:so bald|schnellstmöglich|zeitnah|in kürze)`),
	r(KindConfirmation, 3, `(?:merci (?:pour|de) (?:votre|ta) candidature|nous avons bien reçu (?:votre|ta) candidature|`+
		`candidature a bien été (?:reçue|enregistrée|transmise)|accusé de réception)`),
	r(KindConfirmation, 2, `(?:nous (?:allons|reviendrons|étudierons|examinerons)|sera étudiée|va être étudiée|reviendrons vers vous)`),
	r(KindConfirmation, 3, `(?:gracias por (?:tu|su) (?:candidatura|postulación|solicitud|interés)|gracias por (?:postular|`+
		`aplicar|inscribirte)|hemos recibido (?:tu|su) (?:candidatura|solicitud|postulación|cv)|acuse de recibo|`+
		`candidatura (?:ha sido )?(?:recibida|registrada))`),
	r(KindConfirmation, 3, `(?:candidatura|solicitud|postulación) (?:se ha|ha sido) (?:registrad[oa]|recibid[oa]|enviad[oa])(?: correctamente|`+
		` con éxito)?|`+
		`in goede orde ontvangen|candidature (?:a été|est bien) (?:enregistrée|reçue|transmise)`),
	r(KindConfirmation, 2, `(?:revisaremos|vamos a revisar|estudiaremos|analizaremos) (?:tu|su)|nos pondremos en contacto`),
	r(KindConfirmation, 3, `(?:(?:bedankt|dank(?:je)?(?:wel)?) voor (?:je|jouw|uw) (?:sollicitatie|interesse)|(?:we|wij) hebben (?:je|`+
		`jouw|uw) sollicitatie (?:goed )?ontvangen|ontvangstbevestiging|sollicitatie (?:is )?(?:goed )?ontvangen)`),
	r(KindConfirmation, 2, `(?:we|wij) (?:gaan|zullen) (?:je|uw) (?:sollicitatie|cv|gegevens) (?:bekijken|beoordelen)|`+
		`(?:nemen|neemt) (?:zo snel mogelijk )?contact (?:met je |met u )?op`),
	// interview
	r(KindInterview, 4, `(?:invite|invited|invitation|inviting) (?:you )?(?:to|for) (?:an? |the |your )?(?:\w+ )?(?:interview|`+
		`call|conversation|meeting|chat|video call|phone screen|conversation)|interview (?:invitation|`+
		`request|details|confirmation|scheduled)|schedule (?:an?|your|the) (?:\w+ )?(?:interview|call|`+
		`chat|phone screen)`),
	r(KindInterview, 3, `(?:would like|like|want|love) to (?:set up|schedule|arrange|book|have) (?:an? |some )?(?:\w+ )?(?:call|`+
		`interview|chat|meeting|conversation|time)|(?:would like|like) to (?:speak|talk|discuss (?:the|`+
		`this) (?:position|role|opportunity)|meet) (?:with )?you|discuss the position with you`),
	r(KindInterview, 3, `(?:your|general) availability|when you (?:would|will|might) be available|available for (?:a|`+
		`an) (?:call|chat|interview|meeting)|times? (?:that )?(?:work|works) (?:best )?for you|let me know (?:what|`+
		`which|when)(?: time| times| day| days)? (?:works|suits|you are free|you're free)|(?:do|does|`+
		`would|could|can) (?:any of )?(?:these|the following|this|that) (?:times?|slots?|dates?) work|`+
		`can you do|are you (?:free|available)`),
	r(KindInterview, 2, `\b(?:phone screen|video interview|technical interview|onsite interview|first[- ]round|second[- ]round|`+
		`final[- ]round|hiring manager (?:call|interview)|interview with|teams meeting|zoom meeting|`+
		`google meet|calendly\.com|join the meeting|meeting id)\b`),
	r(KindInterview, 1, `\binterview\b`),
	r(KindInterview, 3, `let'?s (?:do|meet|talk|chat|schedule|plan for|go with|say|book)|(?:zoom|teams|meet|webex|video|`+
		`calendar|meeting) (?:link|invite|invitation)|`+
		`send (?:you )?(?:a |the )?(?:calendar )?invit|see you (?:on|at|then)|looking forward to (?:speaking|`+
		`talking|meeting|our (?:call|chat|conversation))|`+
		`(?:is|are) (?:confirmed|booked|scheduled) for`),
	r(KindInterview, 4, `(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|kennenlern-?termin|telefoninterview|`+
		`videointerview|einladung zu(?:m|r|einem)? (?:persönlichen |telefonischen |ersten )?(?:gespräch|`+
		`interview|kennenlernen))`),
	r(KindInterview, 3, `(?:möchten|würden) (?:sie|dich) (?:gerne |gern )?(?:persönlich |näher )?(?:kennenlernen|einladen)|`+
		`(?:passt|passen) (?:ihnen|dir) (?:der|die|am)|terminvorschläge?|termin (?:vereinbaren|abstimmen|`+
		`bestätigen)`),
	r(KindInterview, 4, `(?:entretien|entrevue)(?: téléphonique| d['’]embauche| vidéo| individuel)?|vous (?:rencontrer|`+
		`convier|inviter à)|convocation`),
	r(KindInterview, 3, `(?:vos|tes) disponibilités|(?:seriez|êtes)-vous disponible|échange (?:téléphonique|en visio)|rendez-vous`),
	r(KindInterview, 4, `\bentrevista\b|(?:invitar|invitarte|invitarle|convocar|convocarte) a (?:una )?(?:entrevista|reunión|llamada)`),
	r(KindInterview, 3, `(?:tu|su) disponibilidad|(?:estás|está) disponible|(?:una|la) (?:llamada|videollamada|reunión) (?:contigo|`+
		`con usted)|conocerte|conocerle`),
	r(KindInterview, 4, `(?:sollicitatiegesprek|kennismakingsgesprek|(?:eerste|tweede|video)gesprek|(?:uitnodigen|uitnodiging) (?:voor|`+
		`tot) (?:een |het )?(?:\w+ )?(?:gesprek|interview|kennismaking))`),
	r(KindInterview, 3, `(?:je|uw) beschikbaarheid|(?:ben je|bent u) beschikbaar|schikt het (?:je|u)|(?:een )?afspraak (?:maken|`+
		`inplannen)|(?:graag|willen) (?:met je |met u )?(?:kennismaken|in gesprek)`),
	r(KindInterview, 4, `(?:zu einem|zum|zu einem ersten) (?:\pL+ )?(?:gespräch|interview|kennenlernen|vorstellungstermin) (?:\pL+ )?einladen|`+
		`gespräch (?:mit ihnen|mit dir) (?:führen|vereinbaren)|wäre(?:n)? (?:ihnen|dir) .{0,40}recht`),
	// offer
	r(KindOffer, 5, `(?:pleased|delighted|happy|excited|thrilled) to (?:extend|offer|make) (?:you )?(?:an? |the )?(?:formal |`+
		`verbal |written )?(?:offer|position)|(?:extend|extending|make|making) (?:you )?an? (?:formal |`+
		`verbal |written )?offer|offer (?:letter|of employment|of the position)|job offer|(?:accept|`+
		`accepting) (?:the|this|our) offer|offer package`),
	r(KindOffer, 5, `(?:like|love|happy|pleased|delighted) to offer you (?:the|a|this) (?:position|role|job)|offer you the (?:position|role|job) of`),
	r(KindOffer, 5, `your (?:job |written |formal )?offer (?:is ready|is attached|letter|details|package)|(?:review|`+
		`accept|sign) (?:and (?:accept|sign) )?(?:your|the) (?:job )?offer`),
	r(KindOffer, 2, `(?:compensation package|base salary|signing bonus|start date of|your start date|welcome (?:to the|aboard))`),
	r(KindOffer, 5, `(?:vertragsangebot|arbeitsvertrag|jobangebot|stellenangebot für sie|(?:freuen|freut) (?:uns|`+
		`mich),? (?:ihnen|dir) (?:die stelle|ein angebot|eine zusage)|(?:ihnen|dir) (?:ein angebot|`+
		`eine zusage) (?:machen|geben|unterbreiten)|zusage für die (?:stelle|position))`),
	r(KindOffer, 5, `(?:proposition d['’]embauche|promesse d['’]embauche|lettre d['’]offre|offre d['’]embauche|`+
		`vous proposer le poste|vous faire une (?:proposition|offre)|contrat de travail|le plaisir de vous (?:proposer|`+
		`offrir|annoncer que votre candidature a été retenue))`),
	r(KindOffer, 5, `(?:carta (?:de )?oferta|oferta (?:formal |de trabajo )?para (?:ti|usted)|(?:ofrecerte|ofrecerle) (?:el|`+
		`la) (?:puesto|posición|plaza)|nos complace (?:ofrecer|ofrecerte|ofrecerle|comunicarte que has sido seleccionad)|`+
		`contrato de trabajo)`),
	r(KindOffer, 5, `(?:(?:een )?aanbod (?:doen|te doen|voor (?:je|u))|arbeidsovereenkomst|contractvoorstel|(?:we|`+
		`wij) bieden (?:je|u) (?:de|graag de) (?:functie|baan|positie)|aanbiedingsbrief|arbeidsvoorwaardenvoorstel)`),
	// outreach
	r(KindOutreach, 3, `(?:came across|found|saw|reviewed|viewed) your (?:profile|resume|cv|background)|your (?:profile|`+
		`background|experience) (?:on linkedin |on xing )?(?:caught|stood out|is a great|looks like a great)|`+
		`(?:i'm|i am|we are) (?:a |an )?(?:recruiter|headhunter|talent partner|staffing)|(?:reaching|`+
		`reach) out (?:to you )?(?:about|regarding|because|with)|(?:are|would) you (?:be )?(?:open|`+
		`interested) (?:to|in)|our client|a client of (?:ours|mine)`),
	r(KindOutreach, 2, `(?:permanent|full[- ]time|contract|c2h|w2)\b.*\b(?:job|position|role|opening)|job description|`+
		`immediate (?:need|hire|opening)|i(?:'d| would) (?:like|love) to (?:introduce|connect)|\bintro(?:duction|`+
		`ducing)?\b|connect you with`),
	r(KindOutreach, 3, `(?:ihr|dein) profil (?:auf (?:xing|linkedin) )?(?:ist mir|hat mich|passt)|bin auf (?:ihr|dein) profil|`+
		`unser(?:em)? (?:kunden|mandanten)|spannende (?:position|stelle|vakanz)|offen für (?:eine )?(?:neue|`+
		`veränderung)`),
	r(KindOutreach, 3, `votre profil (?:a retenu|correspond|m['’]a)|(?:je me permets|je vous contacte) |notre client|`+
		`opportunité (?:qui pourrait|de poste)`),
	r(KindOutreach, 3, `(?:tu|su) perfil (?:encaja|me ha|nos ha|en linkedin)|(?:me pongo|me pongo en) contacto|nuestro cliente|`+
		`una oportunidad (?:que|de)`),
	r(KindOutreach, 3, `(?:je|uw) profiel (?:sprak|viel|past)|onze (?:klant|opdrachtgever)|(?:benieuwd|vraag me af) of (?:je|`+
		`u) openstaat|een mooie (?:kans|functie|vacature) voor`),
	// assessment
	r(KindAssessment, 4, `(?:complete|take|start|finish) (?:the |our |your |an |a |this )?(?:online |coding |technical |`+
		`skills? |cognitive |personality )?(?:assessment|challenge|test|exercise|questionnaire|task|`+
		`assignment)|(?:coding|technical|take-home|online) (?:assessment|challenge|test|exercise|assignment)|`+
		`hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|assessment invitation|invited to (?:take|`+
		`complete)`),
	r(KindAssessment, 4, `(?:online-?test|einstufungstest|eignungstest|fallstudie|programmieraufgabe|test technique|`+
		`étude de cas|exercice technique|prueba técnica|prueba online|caso práctico|programmeeropdracht|`+
		`technische opdracht|online assessment|capaciteitentest)`),
}

// alertRules say a message is a job alert or a newsletter, not an
// application event.
var alertRules = []fastRe{
	newLowRe(`(?:jobs? (?:you may|you might|that may|that might) (?:be interested|like)|new jobs? (?:similar|` +
		`for you|matching|that match)|jobs? similar to|recommended jobs?|job alert|job recommendations|` +
		`jobs? matching your|new (?:job )?openings for you|top job picks|apply to these jobs|weekly digest|` +
		`newsletter|view in browser|this week in|unsubscribe from (?:this|these) (?:alert|newsletter|` +
		`email)s?)`),
	newLowRe(`(?:passende jobs|neue jobs? für (?:sie|dich)|jobempfehlungen|jobagent|job-?alarm|offres? (?:d['’]emploi )?qui (?:pourrai(?:en)` +
		`?t|peuvent) vous intéresser|nouvelles offres|alerte (?:emploi|e-mail)|ofertas (?:de empleo )?(?:que (?:te|` +
		`le) pueden interesar|para ti)|alerta de empleo|nieuwe vacatures|vacatures (?:die )?(?:bij (?:je|` +
		`jou|u) passen|voor (?:je|jou|u))|vacature-?alert|banenalert)`),
}

// statusRules say a message reports a status with no step asked of the
// candidate (assessment done, application withdrawn on request, ...).
var statusRules = []fastRe{
	newLowRe(`(?:assessments? (?:is |are |has been |have been )?complete|responses (?:have|has) been received|` +
		`completed (?:the|your|all) (?:assessment|questionnaire)s?|results? of (?:your|the) assessment (?:will|` +
		`are)|withdrawn at your request)`),
}
