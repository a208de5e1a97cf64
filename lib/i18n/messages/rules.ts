import { defineMessages } from '../define';

/**
 * Site rules: why a pattern or a template cannot be used, what a template found on this
 * page, why a value is left out, and which rule applies to a page.
 */
export const ruleMessages = defineMessages({
  en: {
    ruleUnnamed: 'Rule {n}',
    // Patterns
    rulePatternEmptyHost: 'Write the site this rule is for, like example.com, or * for every site.',
    rulePatternEmptyPath: 'The path is empty: write one that starts with “/”, or leave it out.',
    rulePatternEmptyRegex: 'Write the regular expression this rule tests addresses with.',
    rulePatternTooLong:
      'This pattern is {length} characters long; rules take at most {max}. Shorten it.',
    rulePatternHostHasScheme:
      'Write only the site, without “https://” and the rest of the address: “{host}”.',
    rulePatternHostHasSchemeNoHost:
      'Write only the site, like example.com, without “https://” and the rest of the address.',
    rulePatternHostHasPath:
      'Write “{host}” as the site and put “{path}” in the path instead: a site has no “/”.',
    rulePatternHostHasPort: 'A site is written without its port: write “{host}”.',
    rulePatternHostWildcard:
      '“{host}” puts a “*” where rules cannot take one: write *.example.com for a site and all its subdomains, or * alone for every site.',
    rulePatternHostInvalid: '“{host}” is not a site name. Write one like example.com.',
    rulePatternPathNotAbsolute: 'A path starts with “/”: write “{path}”.',
    rulePatternRegexInvalid:
      'This regular expression cannot be read ({detail}). Check its brackets and backslashes.',
    rulePatternRegexUnsupported:
      'This regular expression uses “{feature}”, which rules do not support (backreferences, lookaround, octal escapes and \\p need another way). Write it without.',
    rulePatternRegexTooComplex:
      'This pattern is too complex to test quickly on every page. Use fewer repetitions like {n,m} or split it into two rules.',
    rulePatternRegexNeverMatches:
      'This regular expression can never match: addresses start with “https://”. Start it with ^https?:// or remove the “^”.',
    // Template problems
    ruleTemplateUnclosed: '“{tag}” is not closed: end it with }}.',
    ruleTemplateEmptyTag: '“{tag}” names no value: put a variable such as title or url inside.',
    ruleTemplateUnknownVariable:
      '“{tag}” refers to “{variable}”, which templates do not know. Use one of {known}, or meta:NAME or schema:PATH.',
    ruleTemplateUnknownFilter:
      '“{tag}” uses the filter “{filter}”, which templates do not know. Use one of {known}.',
    ruleTemplateFilterArguments: 'In “{tag}”, write the filter {filter} as {usage}.',
    ruleTemplateEmptyMetaName: '“{tag}” names no meta tag: write one, like meta:og:type.',
    ruleTemplateBadSchemaPath:
      '“{tag}”: “{path}” is not a JSON-LD field. Write one like author.name or @Recipe:recipeYield.',
    ruleTemplateTooLong:
      'This template is {length} characters long; templates take at most {max}. Shorten it.',
    ruleTemplateBadTimeZone:
      'The time zone {zone} is not one the browser knows, so dates are shown in UTC.',
    // Template notes
    ruleNoteNoValue: 'This page has nothing for “{tag}”, so it is empty here.',
    ruleNoteNotRead:
      'The page’s meta tags and JSON-LD were not read for this capture, so “{tag}” is empty.',
    ruleNoteNotADate: '“{value}” is not a date the template can read, so it is left empty.',
    ruleNoteCut: 'The value was cut to {max} characters, the most a Notion property keeps.',
    // Values
    ruleValuePropertyUnsupported:
      'A rule cannot fill “{name}”: Notion computes or keeps {type} properties itself. Remove it from the rule.',
    ruleValueNotABoolean:
      '“{value}” is not yes or no, so the check box is left as the form has it. Make the template give yes or no.',
    ruleValuePropertyGone:
      'The database no longer has the property “{property}”. Remove it from the rule or pick another property.',
    ruleValueNotADatabase:
      'The target is a page, which has only a title: “{property}” is not filled. Choose a database target or remove the property.',
    ruleValueTitleTwice:
      'The rule’s title already fills “{property}”: remove one of the two from the rule.',
    ruleValuePropertyTwice: 'The rule fills “{property}” twice: keep one of the two.',
    ruleValueTagTooLong:
      'The tag “{tag}” is longer than the {max} characters Notion allows, so it is left out. Shorten it with slice.',
    ruleValueTooManyTags: 'Notion takes at most {max} tags; the rest are left out.',
    ruleValueTooLarge:
      'The rule’s values together are larger than one capture can carry ({max} bytes), so this one is left out. Shorten it with slice.',
    // Which rule applies
    ruleMatchNone: 'No rule is for this page: the capture starts from the default target.',
    ruleMatchAddressInvalid: 'This page’s address cannot be read, so no rule applies.',
    ruleMatchApplies: 'The rule “{rule}” applies to this page.',
    ruleMatchAppliesFirst: {
      one: 'The rule “{rule}” applies to this page. {others} matches too, but “{rule}” comes first.',
      other:
        'The rule “{rule}” applies to this page. {count} other rules match too ({others}), but “{rule}” comes first.',
    },
    ruleVerdictWins: 'Applies: the first rule that matches.',
    ruleVerdictOutranked: 'Matches, but “{rule}” comes first and applies instead.',
    ruleVerdictNotMatched: 'Not for this page.',
    ruleVerdictDisabledMatch: 'Would match, but the rule is turned off.',
    ruleVerdictDisabled: 'Turned off.',
    ruleVerdictRefused: 'Skipped: {reason}',
    ruleVerdictAddressTooLong:
      'Skipped: this address is longer than {max} characters, too long to test a regular expression on.',
    // Checking a rule (a settings file, a rule saved)
    ruleCheckShape: 'it is not written as a rule.',
    ruleCheckField: 'its “{field}” is missing or not valid.',
    ruleCheckNotImported: '“{rule}” was not imported: {reason}',
    ruleCheckUnknownTarget:
      '“{rule}” saves to a target that is not in the file, so it was not imported. Add the rule again in the options page.',
    ruleCheckMissingTarget:
      'This rule saves to a target that no longer exists. Pick another target for it, or none for the default.',
    ruleCheckDuplicate: '“{rule}” is listed twice; only the first was imported.',
    ruleCheckTooMany: 'The file has more than {max} rules; only the first {max} were imported.',
    ruleCheckList: 'The rules in the file are not written as a list, so none were imported.',
    ruleImported: 'Rules: {count}.',
    problemRuleInvalidTitle: 'This rule could not be saved',
    problemRuleInvalidDetail: '{reason}',
    problemRuleInvalidAction: 'Change what the sentence names, then save the rule again.',
  },
  ko: {
    ruleUnnamed: '규칙 {n}',
    rulePatternEmptyHost:
      '이 규칙을 적용할 사이트를 example.com처럼 적거나, 모든 사이트라면 *를 적으세요.',
    rulePatternEmptyPath: '경로가 비어 있습니다. “/”로 시작하는 경로를 적거나 경로 없이 두세요.',
    rulePatternEmptyRegex: '이 규칙이 주소를 검사할 정규 표현식을 적으세요.',
    rulePatternTooLong: '이 패턴은 {length}자입니다. 규칙은 {max}자까지 받으니 줄여 주세요.',
    rulePatternHostHasScheme: '“https://”와 나머지 주소 없이 사이트만 적으세요: “{host}”.',
    rulePatternHostHasSchemeNoHost:
      '“https://”와 나머지 주소 없이 example.com처럼 사이트만 적으세요.',
    rulePatternHostHasPath:
      '사이트에는 “/”가 들어가지 않습니다. 사이트에는 “{host}”을(를), 경로에는 “{path}”을(를) 적으세요.',
    rulePatternHostHasPort: '사이트는 포트 없이 적습니다: “{host}”라고 적으세요.',
    rulePatternHostWildcard:
      '“{host}”에는 규칙이 받지 않는 자리에 “*”가 있습니다. 사이트와 모든 하위 도메인은 *.example.com, 모든 사이트는 * 하나로 적으세요.',
    rulePatternHostInvalid: '“{host}”은(는) 사이트 이름이 아닙니다. example.com처럼 적으세요.',
    rulePatternPathNotAbsolute: '경로는 “/”로 시작합니다: “{path}”라고 적으세요.',
    rulePatternRegexInvalid:
      '이 정규 표현식을 읽을 수 없습니다({detail}). 괄호와 역슬래시를 확인하세요.',
    rulePatternRegexUnsupported:
      '이 정규 표현식은 규칙이 지원하지 않는 “{feature}”을(를) 씁니다(역참조, 전후방 탐색, 8진 이스케이프, \\p). 그것 없이 적어 주세요.',
    rulePatternRegexTooComplex:
      '이 패턴은 모든 페이지에서 빠르게 검사하기에 너무 복잡합니다. {n,m} 같은 반복을 줄이거나 규칙 두 개로 나누세요.',
    rulePatternRegexNeverMatches:
      '이 정규 표현식은 어떤 주소와도 맞지 않습니다. 주소는 “https://”로 시작하니 ^https?://로 시작하거나 “^”를 빼세요.',
    ruleTemplateUnclosed: '“{tag}”이(가) 닫히지 않았습니다. }}로 끝내세요.',
    ruleTemplateEmptyTag: '“{tag}” 안에 값이 없습니다. title이나 url 같은 변수를 넣으세요.',
    ruleTemplateUnknownVariable:
      '“{tag}”이(가) 가리키는 “{variable}”은(는) 템플릿이 모르는 변수입니다. {known} 중 하나나 meta:이름, schema:경로를 쓰세요.',
    ruleTemplateUnknownFilter:
      '“{tag}”의 필터 “{filter}”은(는) 템플릿이 모르는 필터입니다. {known} 중 하나를 쓰세요.',
    ruleTemplateFilterArguments: '“{tag}”에서 필터 {filter}은(는) {usage} 형식으로 적으세요.',
    ruleTemplateEmptyMetaName: '“{tag}”에 메타 태그 이름이 없습니다. meta:og:type처럼 적으세요.',
    ruleTemplateBadSchemaPath:
      '“{tag}”: “{path}”은(는) JSON-LD 필드가 아닙니다. author.name이나 @Recipe:recipeYield처럼 적으세요.',
    ruleTemplateTooLong: '이 템플릿은 {length}자입니다. 템플릿은 {max}자까지 받으니 줄여 주세요.',
    ruleTemplateBadTimeZone:
      '시간대 {zone}은(는) 브라우저가 모르는 시간대라서 날짜를 UTC로 보여 줍니다.',
    ruleNoteNoValue: '이 페이지에는 “{tag}”에 해당하는 값이 없어 비어 있습니다.',
    ruleNoteNotRead:
      '이번 캡처에서는 페이지의 메타 태그와 JSON-LD를 읽지 않아 “{tag}”이(가) 비어 있습니다.',
    ruleNoteNotADate: '“{value}”은(는) 템플릿이 읽을 수 있는 날짜가 아니어서 비워 두었습니다.',
    ruleNoteCut: 'Notion 속성에 들어가는 최대 길이인 {max}자로 잘랐습니다.',
    ruleValuePropertyUnsupported:
      '규칙은 “{name}”을(를) 채울 수 없습니다. {type} 속성은 Notion이 직접 계산하거나 관리합니다. 규칙에서 빼 주세요.',
    ruleValueNotABoolean:
      '“{value}”은(는) 예/아니요 값이 아니어서 체크박스는 양식의 값 그대로 둡니다. 템플릿이 yes나 no를 내도록 고쳐 주세요.',
    ruleValuePropertyGone:
      '데이터베이스에 “{property}” 속성이 더 이상 없습니다. 규칙에서 빼거나 다른 속성을 고르세요.',
    ruleValueNotADatabase:
      '저장 위치가 제목만 있는 페이지라서 “{property}”은(는) 채우지 않습니다. 데이터베이스 저장 위치를 고르거나 속성을 빼 주세요.',
    ruleValueTitleTwice: '규칙의 제목이 이미 “{property}”을(를) 채웁니다. 둘 중 하나를 빼 주세요.',
    ruleValuePropertyTwice: '규칙이 “{property}”을(를) 두 번 채웁니다. 하나만 남겨 주세요.',
    ruleValueTagTooLong:
      '태그 “{tag}”이(가) Notion이 받는 {max}자보다 길어서 뺐습니다. slice로 줄여 주세요.',
    ruleValueTooManyTags: 'Notion은 태그를 {max}개까지 받으니 나머지는 뺐습니다.',
    ruleValueTooLarge:
      '규칙의 값을 모두 합하면 캡처 하나에 담을 수 있는 크기({max}바이트)보다 커서 이 값은 뺐습니다. slice로 줄여 주세요.',
    ruleMatchNone: '이 페이지에 맞는 규칙이 없어 기본 저장 위치로 시작합니다.',
    ruleMatchAddressInvalid: '이 페이지의 주소를 읽을 수 없어 규칙을 적용하지 않습니다.',
    ruleMatchApplies: '이 페이지에는 “{rule}” 규칙을 적용합니다.',
    ruleMatchAppliesFirst: {
      one: '이 페이지에는 “{rule}” 규칙을 적용합니다. {others}도 맞지만 “{rule}”이(가) 먼저입니다.',
      other:
        '이 페이지에는 “{rule}” 규칙을 적용합니다. 다른 규칙 {count}개({others})도 맞지만 “{rule}”이(가) 먼저입니다.',
    },
    ruleVerdictWins: '적용: 맞는 규칙 중 첫 번째입니다.',
    ruleVerdictOutranked: '맞지만 “{rule}”이(가) 먼저라서 그 규칙을 적용합니다.',
    ruleVerdictNotMatched: '이 페이지에는 해당하지 않습니다.',
    ruleVerdictDisabledMatch: '맞지만 규칙이 꺼져 있습니다.',
    ruleVerdictDisabled: '꺼져 있습니다.',
    ruleVerdictRefused: '건너뜀: {reason}',
    ruleVerdictAddressTooLong:
      '건너뜀: 주소가 {max}자보다 길어 정규 표현식으로 검사하기에 너무 깁니다.',
    ruleCheckShape: '규칙 형식으로 적혀 있지 않습니다.',
    ruleCheckField: '“{field}” 값이 없거나 올바르지 않습니다.',
    ruleCheckNotImported: '“{rule}”을(를) 가져오지 않았습니다: {reason}',
    ruleCheckUnknownTarget:
      '“{rule}”은(는) 파일에 없는 저장 위치에 저장하는 규칙이라 가져오지 않았습니다. 옵션 페이지에서 규칙을 다시 추가하세요.',
    ruleCheckMissingTarget:
      '이 규칙이 저장하는 저장 위치가 더 이상 없습니다. 다른 저장 위치를 고르거나, 기본 저장 위치를 쓰려면 비워 두세요.',
    ruleCheckDuplicate: '“{rule}”이(가) 두 번 들어 있어 첫 번째만 가져왔습니다.',
    ruleCheckTooMany: '파일에 규칙이 {max}개보다 많아 처음 {max}개만 가져왔습니다.',
    ruleCheckList: '파일의 규칙이 목록 형식으로 적혀 있지 않아 하나도 가져오지 않았습니다.',
    ruleImported: '규칙: {count}개.',
    problemRuleInvalidTitle: '이 규칙을 저장할 수 없습니다',
    problemRuleInvalidDetail: '{reason}',
    problemRuleInvalidAction: '안내한 부분을 고친 뒤 규칙을 다시 저장하세요.',
  },
});
