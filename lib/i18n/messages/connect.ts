import { defineMessages } from '../define';

/**
 * Connecting Notion, in the options page and the popup's onboarding card alike: the two
 * kinds of token, the steps for each, and the list of places right after.
 */
export const connectMessages = defineMessages({
  en: {
    connKindLegend: 'What will you paste?',
    connKindPersonal: 'Personal access token',
    connKindPersonalPitch:
      'Recommended. Acts as you and sees what you see in Notion: nothing to share.',
    connKindIntegration: 'Integration secret',
    connKindIntegrationPitch:
      'For an integration your team shares: you connect each page and database to it.',
    connKindLabel: 'Kind',
    connTokenName: 'Token',
    connPatStepCreate: 'Open Notion’s personal access tokens and choose “New token”:',
    connPatStepTick: 'Name it (say, “Quick Capture”), pick your workspace and tick “Notion API”.',
    connPatStepCopy: 'Copy the token (Notion shows it only once) and paste it below.',
    connPatBusiness:
      'Business and Enterprise workspaces keep personal access tokens off until an owner allows them. If you cannot create one, ask a workspace owner to let members use personal access tokens (Settings → Connections), or use an integration secret.',
    connTokenLabel: 'Personal access token',
    connPasteHint: 'Pasting connects at once.',
    connAccepted: 'Connected to {workspace}. Pick where captures go:',
    connKindCorrected:
      'Notion says this is an integration secret, not a personal access token: it was connected as one.',
    connKindCorrectedPersonal:
      'Notion says this is a personal access token, not an integration secret: it was connected as one.',
    connPlacesHeading: 'Where should captures go?',
    connPlacesFilter: 'Search by name',
    connPlacesCount: '{count} of {total}, newest first',
    connPlacesEmptyPersonal:
      'Your token sees no database or page in {workspace} yet. Create one in Notion, then list again.',
    connPlacesEmptyIntegration:
      'Nothing is connected to {integration} yet. In Notion, open a database or page → ••• → Connections → {integration}, then list again.',
    connPlacesNoMatch: 'Nothing matches “{filter}”.',
    connPasteHelpPersonal:
      'In Notion, open the page or database and choose Share → Copy link. Your token reaches whatever you can open.',
    connCreateIntroPersonal:
      'A new database with a property for everything a capture holds, inside a page you can edit.',
    connPlacesAgain: 'List again',
    connSaveHere: 'Save here',
    connSaveHereNamed: 'Save here: {name}',
    connWhichSource: '{database} has several data sources. Which one?',
    connSavedHere: 'Captures go to {title}.',
  },
  ko: {
    connKindLegend: '무엇을 붙여 넣으시겠어요?',
    connKindPersonal: '개인 액세스 토큰',
    connKindPersonalPitch:
      '권장. 내 권한으로 동작하며 Notion에서 내가 보는 것을 봅니다. 따로 공유할 것이 없습니다.',
    connKindIntegration: '통합 시크릿',
    connKindIntegrationPitch:
      '팀이 함께 쓰는 통합용입니다. 페이지와 데이터베이스마다 통합을 연결해야 합니다.',
    connKindLabel: '종류',
    connTokenName: '토큰',
    connPatStepCreate: 'Notion의 개인 액세스 토큰 페이지를 열고 “새 토큰”을 누르세요:',
    connPatStepTick:
      '이름(예: “Quick Capture”)을 정하고, 워크스페이스를 고른 뒤 “Notion API”를 선택하세요.',
    connPatStepCopy: '토큰을 복사해(Notion은 한 번만 보여 줍니다) 아래에 붙여 넣으세요.',
    connPatBusiness:
      '비즈니스·엔터프라이즈 워크스페이스에서는 소유자가 허용하기 전까지 개인 액세스 토큰이 꺼져 있습니다. 만들 수 없다면 워크스페이스 소유자에게 멤버의 개인 액세스 토큰 사용을 허용해 달라고 요청하거나(설정 → 연결), 통합 시크릿을 쓰세요.',
    connTokenLabel: '개인 액세스 토큰',
    connPasteHint: '붙여 넣으면 바로 연결됩니다.',
    connAccepted: '{workspace}에 연결했습니다. 캡처를 저장할 곳을 고르세요:',
    connKindCorrected:
      'Notion에 따르면 이것은 개인 액세스 토큰이 아니라 통합 시크릿입니다. 통합 시크릿으로 연결했습니다.',
    connKindCorrectedPersonal:
      'Notion에 따르면 이것은 통합 시크릿이 아니라 개인 액세스 토큰입니다. 개인 액세스 토큰으로 연결했습니다.',
    connPlacesHeading: '캡처를 어디에 저장할까요?',
    connPlacesFilter: '이름으로 찾기',
    connPlacesCount: '{total}개 중 {count}개, 최근 것부터',
    connPlacesEmptyPersonal:
      '토큰이 {workspace}에서 볼 수 있는 데이터베이스나 페이지가 아직 없습니다. Notion에서 하나 만든 뒤 다시 불러오세요.',
    connPlacesEmptyIntegration:
      '{integration}에 연결된 것이 아직 없습니다. Notion에서 데이터베이스나 페이지를 열고 ••• → 연결 → {integration}을 고른 뒤 다시 불러오세요.',
    connPlacesNoMatch: '“{filter}”와 일치하는 것이 없습니다.',
    connPasteHelpPersonal:
      'Notion에서 페이지나 데이터베이스를 열고 공유 → 링크 복사를 고르세요. 토큰은 내가 열 수 있는 모든 곳에 닿습니다.',
    connCreateIntroPersonal:
      '캡처의 모든 정보를 담는 속성을 갖춘 새 데이터베이스를 내가 편집할 수 있는 페이지 안에 만듭니다.',
    connPlacesAgain: '다시 불러오기',
    connSaveHere: '여기에 저장',
    connSaveHereNamed: '여기에 저장: {name}',
    connWhichSource: '{database}에는 데이터 소스가 여러 개 있습니다. 어느 것에 저장할까요?',
    connSavedHere: '캡처를 {title}에 저장합니다.',
  },
});
