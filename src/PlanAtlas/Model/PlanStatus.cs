namespace PlanAtlas.Model;

public enum PlanStatus
{
    Final,
    Draft,
}
