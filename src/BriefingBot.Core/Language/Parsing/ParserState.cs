namespace BriefingBot.Core.Language.Parsing;

/// <summary>
/// An arc-hybrid configuration: a stack (the root at its bottom), the buffer (from <see cref="Next"/>
/// to the end) and the arcs so far, with each word's two leftmost and rightmost children for features.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;

    private readonly int[] stack;

    public ParserState(int length)
    {
        Length = length;
        stack = new int[length + 1];
        stack[0] = 0;
        StackSize = 1;
        Next = 1;
        Heads = new int[length + 1];
        Array.Fill(Heads, -1);
        LeftChild = new int[length + 1];
        LeftChild2 = new int[length + 1];
        RightChild = new int[length + 1];
        RightChild2 = new int[length + 1];
        LeftCount = new int[length + 1];
        RightCount = new int[length + 1];
    }

    public int Length { get; }

    public int StackSize { get; private set; }

    public int Next { get; private set; }

    public int[] Heads { get; }

    public int[] LeftChild { get; }

    public int[] LeftChild2 { get; }

    public int[] RightChild { get; }

    public int[] RightChild2 { get; }

    public int[] LeftCount { get; }

    public int[] RightCount { get; }

    public bool IsTerminal => Next > Length && StackSize == 1;

    public bool BufferEmpty => Next > Length;

    /// <summary>The i-th item from the top of the stack (0 = top), or -1.</summary>
    public int S(int i) => i < StackSize ? stack[StackSize - 1 - i] : -1;

    /// <summary>The i-th item of the buffer (0 = front), or -1.</summary>
    public int B(int i) => Next + i <= Length ? Next + i : -1;

    public bool IsValid(int action) => action switch
    {
        Shift => Next <= Length,
        Left => StackSize > 1 && Next <= Length,
        Right => StackSize > 2 || (StackSize == 2 && Next > Length),
        _ => false,
    };

    public void Apply(int action)
    {
        switch (action)
        {
            case Shift:
                stack[StackSize++] = Next++;
                break;
            case Left:
                Attach(Next, stack[--StackSize]);
                break;
            default:
                var dependent = stack[--StackSize];
                Attach(stack[StackSize - 1], dependent);
                break;
        }
    }

    /// <summary>How many gold arcs become unreachable by taking <paramref name="action"/> (the dynamic oracle).</summary>
    public int Cost(int action, int[] gold)
    {
        var cost = 0;
        switch (action)
        {
            case Shift:
            {
                var b = Next;
                for (var k = 0; k < StackSize; k++)
                {
                    var item = stack[k];
                    cost += gold[item] == b ? 1 : 0;
                    cost += k < StackSize - 1 && gold[b] == item ? 1 : 0;
                }

                break;
            }

            case Left:
            {
                var s0 = stack[StackSize - 1];
                var s1 = StackSize > 1 ? stack[StackSize - 2] : -1;
                var head = gold[s0];
                cost += head != Next && (head == s1 || head > Next) ? 1 : 0;
                cost += DependentsInBuffer(s0, gold);
                break;
            }

            default:
            {
                var s0 = stack[StackSize - 1];
                var s1 = stack[StackSize - 2];
                var head = gold[s0];
                cost += head != s1 && head >= Next ? 1 : 0;
                cost += DependentsInBuffer(s0, gold);
                break;
            }
        }

        return cost;
    }

    private int DependentsInBuffer(int word, int[] gold)
    {
        var count = 0;
        for (var d = Next; d <= Length; d++)
        {
            count += gold[d] == word ? 1 : 0;
        }

        return count;
    }

    private void Attach(int head, int dependent)
    {
        Heads[dependent] = head;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (LeftChild[head] == 0 || dependent < LeftChild[head])
            {
                LeftChild2[head] = LeftChild[head];
                LeftChild[head] = dependent;
            }
            else if (LeftChild2[head] == 0 || dependent < LeftChild2[head])
            {
                LeftChild2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (dependent > RightChild[head])
            {
                RightChild2[head] = RightChild[head];
                RightChild[head] = dependent;
            }
            else if (dependent > RightChild2[head])
            {
                RightChild2[head] = dependent;
            }
        }
    }
}
