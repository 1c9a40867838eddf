/** Swedish vocabulary for synthetic Växjö events: compound titles are a prefix and a theme's suffix. */
export interface Theme {
  suffix: string;
  prefixes: readonly string[];
  /** Taxonomy ids (config/taxonomy.json). */
  categories: readonly string[];
}

export const THEMES: readonly Theme[] = [
  { suffix: 'konsert', prefixes: ['Jul', 'Orgel', 'Kammar', 'Sommar', 'Lunch', 'Kör', 'Vår', 'Kyrko', 'Familje', 'Lucia'], categories: ['music'] },
  { suffix: 'kväll', prefixes: ['Jazz', 'Vis', 'Blues', 'Quiz', 'Poesi', 'Folkmusik'], categories: ['music'] },
  { suffix: 'fiske', prefixes: ['Is', 'Sjö', 'Familje', 'Kräft', 'Gädd'], categories: ['outdoors'] },
  { suffix: 'vandring', prefixes: ['Skogs', 'Natur', 'Kvälls', 'Fågel', 'Svamp', 'Historie', 'Linné'], categories: ['outdoors', 'nature'] },
  { suffix: 'festival', prefixes: ['Mat', 'Öl', 'Skörde', 'Film', 'Barn', 'Jazz', 'Glas'], categories: ['festival', 'food'] },
  { suffix: 'provning', prefixes: ['Vin', 'Öl', 'Ost', 'Choklad', 'Whisky'], categories: ['food'] },
  { suffix: 'marknad', prefixes: ['Jul', 'Bonde', 'Skörde', 'Hantverks', 'Påsk', 'Loppis'], categories: ['market'] },
  { suffix: 'teater', prefixes: ['Barn', 'Sommar', 'Dock', 'Friluft', 'Skugg'], categories: ['theatre'] },
  { suffix: 'föreställning', prefixes: ['Jul', 'Familje', 'Cirkus', 'Dans'], categories: ['theatre'] },
  { suffix: 'utställning', prefixes: ['Konst', 'Glas', 'Foto', 'Höst', 'Vår', 'Textil'], categories: ['exhibition', 'art'] },
  { suffix: 'visning', prefixes: ['Konst', 'Glas', 'Museum', 'Kvälls', 'Lunch'], categories: ['exhibition', 'guided-tour'] },
  { suffix: 'föreläsning', prefixes: ['Kvälls', 'Lunch', 'Historie', 'Natur', 'Släktforsknings'], categories: ['lecture'] },
  { suffix: 'verkstad', prefixes: ['Skriv', 'Glas', 'Konst', 'Barn', 'Pyssel', 'Lego'], categories: ['lecture', 'art'] },
  { suffix: 'bio', prefixes: ['Familje', 'Senior', 'Sommar', 'Barn', 'Natt'], categories: ['film'] },
  { suffix: 'dans', prefixes: ['Folk', 'Barn', 'Linje', 'Sällskaps', 'Gammel'], categories: ['dance'] },
  { suffix: 'hockey', prefixes: ['Is', 'Dam', 'Junior'], categories: ['sport'] },
  { suffix: 'lopp', prefixes: ['Stads', 'Sjö', 'Motions', 'Terräng', 'Stafett'], categories: ['sport', 'outdoors'] },
  { suffix: 'sagostund', prefixes: ['', 'Kvälls', 'Lördags', 'Pyjamas'], categories: ['library'] },
  { suffix: 'bokcirkel', prefixes: ['', 'Deckar', 'Ungdoms', 'Senior'], categories: ['library'] },
  { suffix: 'fest', prefixes: ['Midsommar', 'Valborgs', 'Sommar', 'Gatu', 'Skörde'], categories: ['festival'] },
  { suffix: 'tur', prefixes: ['Stads', 'Cykel', 'Båt', 'Kajak', 'Spök'], categories: ['guided-tour', 'outdoors'] },
  { suffix: 'konst', prefixes: ['Gatu', 'Glas', 'Ljus'], categories: ['art'] },
];

export const PERFORMERS = [
  'Musica Vitae', 'Linnékören', 'Smålands Musikkår', 'Kronobergs Kammarkör', 'Teater Tre', 'Växjö Stadsorkester',
  'Domkyrkans gosskör', 'Ensemble Nordlys', 'Skogsbrynets spelmän', 'Kulturskolans elever',
];

export const SUBTITLES = [
  'en kväll för hela familjen', 'med fika i pausen', 'för nybörjare och vana', 'i Linnés fotspår', 'barn och unga',
  'för seniorer', 'höstens höjdpunkt', 'vi firar tio år', 'med lokala förmågor', 'sista chansen i år',
];

export const ORGANIZERS = [
  'Växjö kommun', 'Kulturparken Småland', 'Växjö Konserthus', 'Studiefrämjandet Kronoberg', 'Växjö Lakers',
  'Naturskyddsföreningen Växjö', 'Svenska kyrkan Växjö', 'Linnéuniversitetet', 'Destination Växjö',
];

export const OPENERS = [
  'Välkommen till {title} på {venue}.',
  'Nu är det äntligen dags för {title} igen.',
  'Följ med på {title} när {venue} fylls av liv.',
  'Missa inte {title} i hjärtat av Småland.',
];

export const SENTENCES = [
  'Arrangemanget passar både barn och vuxna, och ingen förkunskap behövs.',
  'Vi bjuder på kaffe och hembakat i pausen medan lagret räcker.',
  'Ta gärna med egen matsäck och kläder efter väder.',
  'Platsen ligger nära Växjösjön, några minuters promenad från resecentrum.',
  'Lokalen är tillgänglig för rullstol och har hörslinga.',
  'Begränsat antal platser, så boka i god tid via receptionen.',
  'Kvällen leds av erfarna ledare som gärna svarar på frågor.',
  'Hela familjen är välkommen, och barn under tolv år går in gratis.',
  'Programmet bjuder på både välkända favoriter och spännande nyheter.',
  'Efteråt finns möjlighet att mingla och träffa de medverkande.',
  'Samling sker vid huvudentrén tio minuter innan start.',
  'Evenemanget genomförs i samarbete med Linnéuniversitetet och Smålands museum.',
  'Under dagen visar lokala hantverkare glas, textil och trä från bygden.',
  'Upplev Växjö från en ny sida och lär dig mer om stadens historia.',
  'Vid regn flyttar vi inomhus till närmaste bibliotek.',
  'Guidningen sker på svenska, men frågor på engelska går bra.',
  'Parkering finns i närheten och bussen stannar precis utanför.',
  'Glöm inte att anmäla dig senast dagen innan.',
  'Det blir musik, lekar och aktiviteter för de minsta.',
  'Föreställningen är cirka nittio minuter lång inklusive paus.',
];

export const PRICES = ['Fri entré.', 'Entré 100 kr.', 'Entré 150 kr, barn 50 kr.', 'Biljetter 250 kr.', 'Gratis för alla.'];

export const STREETS = ['Storgatan', 'Kungsgatan', 'Norra Järnvägsgatan', 'Västra Esplanaden', 'Linnégatan', 'Sandgärdsgatan', 'Hejaregatan'];
