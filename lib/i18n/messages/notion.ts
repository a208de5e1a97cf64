import { defineMessages } from '../define';

/**
 * What the Notion engine tells people outside of failures: why a pasted address was
 * refused, what resolving a target found, why a form field is wrong, how a mapping was
 * repaired, and the names it gives to things it creates.
 */
export const notionMessages = defineMessages({
  en: {
    notionParseNotNotion: '“{source}” isn’t a Notion address or id.',
    notionParseNoId: '“{source}” is a Notion address, but it doesn’t point to a page or database.',
    notionDiagNotShared:
      'This page or database isn’t shared with {integration}, or it doesn’t exist. Open it in Notion → ••• → Connections → {integration}.',
    notionDiagNoRead:
      '{integration} can’t read this: its “Read content” capability is off. Turn it on at notion.so/profile/integrations → {integration} → Capabilities.',
    notionDiagRelationNotShared:
      'The property “{property}” links to a database that isn’t shared with {integration} ({database}). Share that database too (open it → ••• → Connections → {integration}), or “{property}” can’t be filled.',
    notionDiagInTrash: 'This is in the trash: restore it in Notion first.',
    notionDiagNotTarget:
      'This address points to a block inside a page, not to a page or database. Copy the link of the page itself.',
    notionDiagSeveralSources: {
      one: 'This database has {count} data source.',
      other: 'This database has {count} data sources: pick the one to save into.',
    },
    notionDiagInlineDatabases: {
      one: 'This page contains a database. To save rows into it, pick it instead of the page.',
      other:
        'This page contains {count} databases. To save rows into one, pick it instead of the page.',
    },
    notionDiagViewWithoutSource:
      'This view doesn’t show a single data source; the database’s data sources are listed instead.',
    notionFieldNumber: '“{value}” isn’t a number.',
    notionFieldUrl: '“{value}” isn’t a web address (it should start with https://).',
    notionFieldFileUrl:
      '“{value}” isn’t the web address of a file (it should start with https://).',
    notionFieldEmail: '“{value}” isn’t an email address.',
    notionFieldPhone: '“{value}” isn’t a phone number.',
    notionFieldTooLong: 'At most {max} characters (this has {length}).',
    notionFieldTooMany: 'At most {max} values (this has {count}).',
    notionFieldComma: 'An option’s name can’t contain a comma.',
    notionFieldStatus: '“{value}” isn’t one of this status’s options: {options}.',
    notionFieldDate: '“{value}” isn’t a date (write it like 2026-03-11 or 2026-03-11T14:30).',
    notionFieldDateOrder: 'The end comes before the start.',
    notionFieldTimeZone: '“{value}” isn’t a known time zone.',
    notionFieldId: '“{value}” isn’t a Notion id or page address.',
    notionFieldTypeChanged:
      'This property changed type in Notion. Refresh the properties and fill it again.',
    notionFieldGone: 'This property no longer exists in Notion. Refresh the properties.',
    notionFieldReadOnly: 'Notion computes this property; it can’t be set.',
    notionMappingRepaired:
      '“{field}” went to a property that no longer exists; it now goes to “{property}”.',
    notionMappingDropped:
      '“{field}” went to a property that no longer exists; it is no longer saved. Choose another property in the options.',
    notionCaptureFieldTitle: 'Title',
    notionCaptureFieldUrl: 'Page address',
    notionCaptureFieldTags: 'Tags',
    notionCaptureFieldCapturedAt: 'Saved at',
    notionCaptureFieldNotes: 'Notes',
    notionCaptureFieldExcerpt: 'Excerpt or selection',
    notionCaptureFieldSite: 'Site',
    notionCaptureFieldAuthor: 'Author',
    notionCaptureFieldPublishedAt: 'Published',
    notionCaptureFieldCaptureType: 'Type of capture',
    notionCaptureFieldImage: 'Image',
    notionCaptureFieldScreenshot: 'Screenshot',
    notionCaptureDatabaseTitle: 'Quick Capture inbox',
    notionUntitled: 'Untitled',
  },
  ko: {
    notionParseNotNotion: '“{source}”은(는) Notion 주소나 ID가 아닙니다.',
    notionParseNoId:
      '“{source}”은(는) Notion 주소이지만 페이지나 데이터베이스를 가리키지 않습니다.',
    notionDiagNotShared:
      '이 페이지나 데이터베이스가 {integration}과(와) 공유되지 않았거나 존재하지 않습니다. Notion에서 열고 ••• → 연결 → {integration}을(를) 선택하세요.',
    notionDiagNoRead:
      '{integration}의 “콘텐츠 읽기” 기능이 꺼져 있어 읽을 수 없습니다. notion.so/profile/integrations → {integration} → 기능에서 켜세요.',
    notionDiagRelationNotShared:
      '“{property}” 속성이 {integration}과(와) 공유되지 않은 데이터베이스({database})에 연결되어 있습니다. 그 데이터베이스도 공유하세요(열고 ••• → 연결 → {integration}). 그렇지 않으면 “{property}”을(를) 채울 수 없습니다.',
    notionDiagInTrash: '휴지통에 있는 항목입니다. 먼저 Notion에서 복원하세요.',
    notionDiagNotTarget:
      '이 주소는 페이지나 데이터베이스가 아니라 페이지 안의 블록을 가리킵니다. 페이지 자체의 링크를 복사하세요.',
    notionDiagSeveralSources: {
      one: '이 데이터베이스에는 데이터 소스가 {count}개 있습니다.',
      other: '이 데이터베이스에는 데이터 소스가 {count}개 있습니다. 저장할 곳을 고르세요.',
    },
    notionDiagInlineDatabases: {
      one: '이 페이지 안에 데이터베이스가 있습니다. 그 데이터베이스에 행으로 저장하려면 페이지 대신 데이터베이스를 고르세요.',
      other:
        '이 페이지 안에 데이터베이스가 {count}개 있습니다. 그중 하나에 행으로 저장하려면 페이지 대신 데이터베이스를 고르세요.',
    },
    notionDiagViewWithoutSource:
      '이 보기는 하나의 데이터 소스를 보여 주지 않습니다. 대신 데이터베이스의 데이터 소스를 표시합니다.',
    notionFieldNumber: '“{value}”은(는) 숫자가 아닙니다.',
    notionFieldUrl: '“{value}”은(는) 웹 주소가 아닙니다(https://로 시작해야 합니다).',
    notionFieldFileUrl: '“{value}”은(는) 파일의 웹 주소가 아닙니다(https://로 시작해야 합니다).',
    notionFieldEmail: '“{value}”은(는) 이메일 주소가 아닙니다.',
    notionFieldPhone: '“{value}”은(는) 전화번호가 아닙니다.',
    notionFieldTooLong: '최대 {max}자까지 입력할 수 있습니다(현재 {length}자).',
    notionFieldTooMany: '최대 {max}개까지 넣을 수 있습니다(현재 {count}개).',
    notionFieldComma: '옵션 이름에는 쉼표를 넣을 수 없습니다.',
    notionFieldStatus: '“{value}”은(는) 이 상태의 옵션이 아닙니다. 옵션: {options}.',
    notionFieldDate:
      '“{value}”은(는) 날짜가 아닙니다(2026-03-11 또는 2026-03-11T14:30처럼 쓰세요).',
    notionFieldDateOrder: '종료가 시작보다 앞섭니다.',
    notionFieldTimeZone: '“{value}”은(는) 알 수 없는 시간대입니다.',
    notionFieldId: '“{value}”은(는) Notion ID나 페이지 주소가 아닙니다.',
    notionFieldTypeChanged:
      'Notion에서 이 속성의 유형이 바뀌었습니다. 속성을 새로 고친 뒤 다시 입력하세요.',
    notionFieldGone: '이 속성은 Notion에 더 이상 없습니다. 속성을 새로 고치세요.',
    notionFieldReadOnly: 'Notion이 계산하는 속성이라 값을 넣을 수 없습니다.',
    notionMappingRepaired:
      '“{field}”이(가) 연결된 속성이 없어져서 이제 “{property}” 속성에 저장합니다.',
    notionMappingDropped:
      '“{field}”이(가) 연결된 속성이 없어져서 더 이상 저장하지 않습니다. 옵션에서 다른 속성을 고르세요.',
    notionCaptureFieldTitle: '제목',
    notionCaptureFieldUrl: '페이지 주소',
    notionCaptureFieldTags: '태그',
    notionCaptureFieldCapturedAt: '저장 시각',
    notionCaptureFieldNotes: '메모',
    notionCaptureFieldExcerpt: '요약 또는 선택한 텍스트',
    notionCaptureFieldSite: '사이트',
    notionCaptureFieldAuthor: '저자',
    notionCaptureFieldPublishedAt: '발행일',
    notionCaptureFieldCaptureType: '저장 유형',
    notionCaptureFieldImage: '이미지',
    notionCaptureFieldScreenshot: '스크린샷',
    notionCaptureDatabaseTitle: 'Quick Capture 보관함',
    notionUntitled: '제목 없음',
  },
});
