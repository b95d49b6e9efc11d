import { Body1, Caption1, FluentProvider, Subtitle1, Title3, webLightTheme } from '@fluentui/react-components';

// Placeholder until the task pane of its own issue replaces it: says what the add-in is, in Chinese and English.
export function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Title3 as="h1" block>吉林帮扶补贴</Title3>
      <Body1 block>
        按吉林省巩固拓展脱贫攻坚成果十一条措施(2022年)计算补贴。在单元格中输入 <code>=JL.</code>{' '}
        使用函数,例如 <code>=JL.EMPLOY_SUBSIDY(&quot;2022-03-01&quot;, 3, 2000, &quot;汪清县&quot;)</code>;用{' '}
        <code>=JL.EXPLAIN(&quot;EMPLOY_SUBSIDY&quot;, …)</code> 查看计算依据。
      </Body1>
      <Subtitle1 as="h2" block lang="en" style={{ marginTop: 16 }}>
        Jilin Assistance Subsidies
      </Subtitle1>
      <Body1 block lang="en">
        Computes the subsidies of Jilin&apos;s eleven epidemic-period measures (2022). Type <code>=JL.</code> in a
        cell, e.g. <code>=JL.EMPLOY_SUBSIDY(&quot;2022-03-01&quot;, 3, 2000, &quot;汪清县&quot;)</code>; use{' '}
        <code>=JL.EXPLAIN(&quot;EMPLOY_SUBSIDY&quot;, …)</code> to see why.
      </Body1>
      <Caption1 block style={{ marginTop: 16 }}>
        身份证号只在本机处理,不会发送到任何地方。ID numbers never leave this computer.
      </Caption1>
    </FluentProvider>
  );
}
