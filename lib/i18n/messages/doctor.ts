import { defineMessages } from '../define';

/** The connection doctor: what each check found, and what fixes a problem. */
export const doctorMessages = defineMessages({
  en: {
    docCheck: 'Check',
    docCheckNamed: 'Check “{name}”',
    docChecking: 'Checking…',
    docResults: 'What the check found',
    docTokenOkPersonal: 'Notion accepts this personal access token.',
    docTokenOkIntegration: 'Notion accepts this integration secret.',
    docContentOk: 'It can read and search content.',
    docPeopleOk: 'It can list the workspace’s people, for Person properties.',
    docPeopleOff: 'It cannot list the workspace’s people, so Person properties stay empty.',
    docPeopleFix:
      'At notion.so/profile/integrations, open the integration → Capabilities and turn on “Read user information”.',
    docUploads: 'Notion takes uploads of up to {megabytes} MB in this workspace.',
    docTargetOk: '“{title}” can be reached.',
    docTargetMissing: '“{title}” can’t be reached.',
    docTargetMissingIntegration: '“{title}” isn’t shared with {integration}, or was deleted.',
    docTargetFixPersonal:
      'You no longer have access to “{title}” in Notion, or it was deleted: ask its owner to share it with you again, or remove this target.',
    docTargetFixIntegration:
      'In Notion, open “{title}” → ••• → Connections → {integration}. If it was deleted, remove this target.',
    docSecretMalformed: 'The stored token isn’t a Notion token: nothing was sent to Notion.',
    docKindPersonal:
      'This is a personal access token, though it was added as an integration secret: it is shown as a personal access token from now on.',
    docKindIntegration:
      'This is an integration secret, though it was added as a personal access token: it is shown as an integration secret from now on.',
    docKindFixIntegration:
      'Connect each page and database it saves to with it in Notion (••• → Connections → {integration}).',
    docInsertOk: 'It can add pages and blocks.',
    docInsertOff: 'It can’t add pages or blocks, so nothing can be saved.',
    docUpdateOk: 'It can change pages (Undo, and repairs after a refused save).',
    docUpdateOff: 'It can’t change pages, so Undo and repairs after a refused save don’t work.',
    docCapabilityFixPersonal:
      'At notion.so/developers/tokens, create a new token with the “Notion API” capability ticked, and paste it here in place of this one.',
    docTargetTrashed: '“{title}” is in Notion’s trash.',
    docTargetTrashedFix: 'Restore “{title}” from the trash in Notion, or remove this target.',
    docSchemaOk: 'The properties of “{title}” can be read.',
    docSchemaUnreadable: 'Notion didn’t give the properties of “{title}”.',
    docSchemaUnreadableFix:
      'Check that the token may read content (“Read content” for an integration, “Notion API” for a personal access token), then check again.',
    docSchemaMappingGone: {
      one: 'A property that captures fill in “{title}” no longer exists.',
      other: '{count} properties that captures fill in “{title}” no longer exist.',
    },
    docSchemaMappingFix:
      'In the options, open “{title}” → Properties, choose where each field goes again, and save.',
    docRelationOk: '“{property}” of “{title}” links to a database that can be reached.',
    docRelationMissing:
      '“{property}” of “{title}” links to a database this token can’t reach ({database}).',
    docRelationFixIntegration:
      'In Notion, open that database → ••• → Connections → {integration}; until then no page of it can be picked for “{property}”.',
    docRelationFixPersonal:
      'Ask the owner of that database to share it with you; until then no page of it can be picked for “{property}”.',
    docAutoChecked: 'Checked after a save failed:',
    docAutoChecking: 'Checking the connection…',
    docActionTokenSettings: 'Open the token’s settings in Notion',
    docActionReplaceToken: 'Replace the token…',
    docStatusNeedsToken: 'Not saved to {target}: it waits for a new token.',
  },
  ko: {
    docCheck: '점검',
    docCheckNamed: '“{name}” 점검',
    docChecking: '점검하는 중…',
    docResults: '점검 결과',
    docTokenOkPersonal: 'Notion이 이 개인 액세스 토큰을 받아들입니다.',
    docTokenOkIntegration: 'Notion이 이 통합 시크릿을 받아들입니다.',
    docContentOk: '콘텐츠를 읽고 검색할 수 있습니다.',
    docPeopleOk: '사람 속성에 쓸 워크스페이스 사용자 목록을 볼 수 있습니다.',
    docPeopleOff: '워크스페이스 사용자 목록을 볼 수 없어 사람 속성은 비어 있게 됩니다.',
    docPeopleFix:
      'notion.so/profile/integrations에서 통합 → 기능을 열고 “사용자 정보 읽기”를 켜세요.',
    docUploads: '이 워크스페이스에서는 {megabytes}MB까지 업로드할 수 있습니다.',
    docTargetOk: '“{title}”에 접근할 수 있습니다.',
    docTargetMissing: '“{title}”에 접근할 수 없습니다.',
    docTargetMissingIntegration:
      '“{title}”이(가) {integration}과(와) 공유되지 않았거나 삭제되었습니다.',
    docTargetFixPersonal:
      'Notion에서 “{title}”에 대한 접근 권한을 잃었거나 삭제되었습니다. 소유자에게 다시 공유해 달라고 요청하거나 이 저장 위치를 삭제하세요.',
    docTargetFixIntegration:
      'Notion에서 “{title}”을 열고 ••• → 연결 → {integration}을 고르세요. 삭제되었다면 이 저장 위치를 삭제하세요.',
    docSecretMalformed:
      '저장된 토큰이 Notion 토큰이 아닙니다. Notion에는 아무것도 보내지 않았습니다.',
    docKindPersonal:
      '이 토큰은 통합 시크릿으로 추가되었지만 개인 액세스 토큰입니다. 이제부터 개인 액세스 토큰으로 표시합니다.',
    docKindIntegration:
      '이 토큰은 개인 액세스 토큰으로 추가되었지만 통합 시크릿입니다. 이제부터 통합 시크릿으로 표시합니다.',
    docKindFixIntegration:
      'Notion에서 저장할 페이지와 데이터베이스마다 ••• → 연결 → {integration}을(를) 선택해 연결하세요.',
    docInsertOk: '페이지와 블록을 추가할 수 있습니다.',
    docInsertOff: '페이지와 블록을 추가할 수 없어 아무것도 저장할 수 없습니다.',
    docUpdateOk: '페이지를 바꿀 수 있습니다(실행 취소, 거부된 저장의 복구).',
    docUpdateOff: '페이지를 바꿀 수 없어 실행 취소와 거부된 저장의 복구가 되지 않습니다.',
    docCapabilityFixPersonal:
      'notion.so/developers/tokens에서 “Notion API” 기능을 선택해 새 토큰을 만들고, 이 토큰 대신 여기에 붙여 넣으세요.',
    docTargetTrashed: '“{title}”이(가) Notion 휴지통에 있습니다.',
    docTargetTrashedFix:
      'Notion의 휴지통에서 “{title}”을(를) 복원하거나 이 저장 위치를 삭제하세요.',
    docSchemaOk: '“{title}”의 속성을 읽을 수 있습니다.',
    docSchemaUnreadable: 'Notion이 “{title}”의 속성을 알려 주지 않았습니다.',
    docSchemaUnreadableFix:
      '토큰이 콘텐츠를 읽을 수 있는지(통합은 “콘텐츠 읽기”, 개인 액세스 토큰은 “Notion API”) 확인한 뒤 다시 점검하세요.',
    docSchemaMappingGone: {
      one: '“{title}”에서 캡처가 채우던 속성 하나가 더 이상 없습니다.',
      other: '“{title}”에서 캡처가 채우던 속성 {count}개가 더 이상 없습니다.',
    },
    docSchemaMappingFix:
      '옵션에서 “{title}” → 속성을 열고 각 항목이 들어갈 곳을 다시 고른 뒤 저장하세요.',
    docRelationOk: '“{title}”의 “{property}”이(가) 연결하는 데이터베이스에 접근할 수 있습니다.',
    docRelationMissing:
      '“{title}”의 “{property}”이(가) 이 토큰으로 접근할 수 없는 데이터베이스({database})를 가리킵니다.',
    docRelationFixIntegration:
      'Notion에서 그 데이터베이스를 열고 ••• → 연결 → {integration}을(를) 선택하세요. 그때까지는 “{property}”에 그 페이지를 고를 수 없습니다.',
    docRelationFixPersonal:
      '그 데이터베이스의 소유자에게 공유해 달라고 요청하세요. 그때까지는 “{property}”에 그 페이지를 고를 수 없습니다.',
    docAutoChecked: '저장에 실패한 뒤 점검한 결과:',
    docAutoChecking: '연결을 점검하는 중…',
    docActionTokenSettings: 'Notion에서 토큰 설정 열기',
    docActionReplaceToken: '토큰 바꾸기…',
    docStatusNeedsToken: '{target}에 저장하지 못했습니다: 새 토큰을 기다립니다.',
  },
});
